//! The grant period as the budget states it: its dates, weeks and months
//! (SPEC 3.8), and how the scheme ends before the year does (SEL §§ 96 b–c;
//! VEJ pkt. 106–107, 111–112).

use crate::budget::Budget;
use crate::report::{Lang, basis, number};

/// A grant period inside the year: its dates and days, and its weeks as
/// the year's weeks × days / days of the year.
#[must_use]
pub fn period_line(b: &Budget, lang: Lang) -> String {
    let p = &b.period;
    format!(
        "{}: {} – {} ({} {}) · {}: {} {} × {} / {} {} = {} {}",
        lang.say("Bevillingsperiode", "Grant period"),
        p.from.format("%d.%m.%Y"),
        p.to.format("%d.%m.%Y"),
        p.days,
        lang.say("dage", "days"),
        lang.say("Uger i perioden", "Weeks in the period"),
        number(
            b.hours.weeks.value,
            crate::calc::dp_for(b.hours.weeks.value),
            lang
        ),
        lang.say("uger", "weeks"),
        p.days,
        p.year_days,
        lang.say("dage", "days"),
        number(p.weeks, 2, lang),
        lang.say("uger", "weeks"),
    ) + &format!(
        " · {}: {} {}",
        lang.say("Måneder i perioden", "Months in the period"),
        basis(&p.months_terms(), lang),
        lang.say("mdr.", "months"),
    )
}

/// Why and how the scheme ends before the year does (SEL §§ 96 b–c; VEJ
/// pkt. 106–107, 111–112).
#[must_use]
pub fn ending_line(b: &Budget, lang: Lang) -> Option<String> {
    use crate::calc::period::Ending;
    let day = |d: chrono::NaiveDate| d.format("%d.%m.%Y").to_string();
    let to = day(b.period.to);
    Some(match b.period.ending? {
        Ending::Death { died, after } => match lang {
            Lang::Da => format!(
                "Dødsfald den {}: tilskuddet bortfalder med udgangen af måneden ({to}); hjælpernes løn og bidrag dækkes en måned mere, {} (SEL § 96 c; VEJ pkt. 106).",
                day(died),
                after.format("%m.%Y")
            ),
            Lang::En => format!(
                "Death on {}: the grant lapses at the end of the month ({to}); the helpers' pay and contributions are covered one month more, {} (SEL § 96 c; VEJ pkt. 106).",
                day(died),
                after.format("%m/%Y")
            ),
        },
        Ending::Move {
            moved,
            new_decision: Some(_),
        } => match lang {
            Lang::Da => format!(
                "Fraflytning{}: kommunen betaler, indtil den nye kommune har truffet afgørelse ({to}) (SEL § 96 b; VEJ pkt. 111–112).",
                moved
                    .map(|d| format!(" den {}", day(d)))
                    .unwrap_or_default()
            ),
            Lang::En => format!(
                "Moving{}: the municipality pays until the new municipality has decided ({to}) (SEL § 96 b; VEJ pkt. 111–112).",
                moved.map(|d| format!(" on {}", day(d))).unwrap_or_default()
            ),
        },
        Ending::Move {
            moved,
            new_decision: None,
        } => match lang {
            Lang::Da => format!(
                "Fraflytning{}: kommunen betaler, indtil den nye kommune har truffet afgørelse; den dato kendes ikke, så budgettet løber til {to} (SEL § 96 b; VEJ pkt. 111–112).",
                moved
                    .map(|d| format!(" den {}", day(d)))
                    .unwrap_or_default()
            ),
            Lang::En => format!(
                "Moving{}: the municipality pays until the new municipality has decided; that date is not known, so the budget runs to {to} (SEL § 96 b; VEJ pkt. 111–112).",
                moved.map(|d| format!(" on {}", day(d))).unwrap_or_default()
            ),
        },
        Ending::Other { notice_weeks } => match lang {
            Lang::Da => format!(
                "Ordningen ophører den {to}; hjælpernes løn i {notice_weeks} ugers opsigelsesperiode dækkes (VEJ pkt. 107)."
            ),
            Lang::En => format!(
                "The scheme ends on {to}; the helpers' pay in {notice_weeks} weeks' notice is covered (VEJ pkt. 107)."
            ),
        },
    })
}
