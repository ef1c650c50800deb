//! Whether a decision attachment is ready to send (SPEC 12): the open points
//! of a budget, told on stderr as "ikke klar til afsendelse: …" beside
//! `--format html|md|xlsx`, so the document itself stays clean.

use bpa::Budget;
use bpa::budget::open::open_points;
use bpa::report::Lang;
use bpa::report::words::open_point;

/// Tell each open point on stderr; true when there was any (`--strict`
/// then fails).
pub(crate) fn tell_open_points(budget: &Budget, lang: Lang) -> bool {
    let open = open_points(budget);
    let lead = lang.say("ikke klar til afsendelse", "not ready to send");
    for p in &open {
        eprintln!("{lead}: {}", open_point(p, lang));
    }
    !open.is_empty()
}
