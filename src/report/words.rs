//! The words of the legal checks (SPEC 9): each warning and note said in
//! the output language with the figures the calculation found.

use rust_decimal::Decimal;

use super::{Lang, number};
use crate::calc::checks::{About, Note, NoteAbout, Warning};
use crate::calc::reduction::Unit;
use crate::calc::{dp_for, singular};

/// A figure to øre in the language: `270.000,00`, `270,000.00`.
fn n2(d: Decimal, lang: Lang) -> String {
    number(d, 2, lang)
}

/// A count with its plural unit, in the singular for 1 (the rule formulas use).
fn count(n: u32, da: &'static str, en: &'static str, lang: Lang) -> String {
    let plural = lang.say(da, en);
    let unit = if n == 1 { singular(plural) } else { plural };
    format!("{n} {unit}")
}

/// A warning's message.
#[must_use]
pub fn warning(w: &Warning, lang: Lang) -> String {
    let da = lang == Lang::Da;
    match &w.about {
        About::KtUnder20h { schedule, week } => {
            let what = match (schedule, da) {
                (false, true) => "behovet før fradrag",
                (false, false) => "the need before deductions",
                (true, true) => "skemaets typiske uge",
                (true, false) => "the schedule's typical week",
            };
            if da {
                format!(
                    "Kontant tilskud kræver et behov på mere end 20 timer om ugen; {what} er {} t/uge",
                    n2(*week, lang)
                )
            } else {
                format!(
                    "KT requires a need of more than 20 hours a week; {what} is {} h/week",
                    n2(*week, lang)
                )
            }
        }
        About::StandbyInKt => lang
            .say(
                "Rådighedstimer i kontant tilskud kun i helt særlige tilfælde og aldrig til tilsyn",
                "Standby hours in KT only in special cases and never for supervision",
            )
            .to_string(),
        About::RelativeOver48h { own_care } => {
            if da {
                format!(
                    "Den nærtstående yder selv {} t/uge; mere end 48 timer kræver en særlig afgørelse",
                    n2(*own_care, lang)
                )
            } else {
                format!(
                    "The relative provides {} h/week personally; more than 48 hours needs a special decision",
                    n2(*own_care, lang)
                )
            }
        }
        About::HelpersOver48h {
            employed,
            helpers,
            weeks,
            per_helper,
        } => {
            let (e, h) = (n2(*employed, lang), count(*helpers, "hjælpere", "helpers", lang));
            let (w, p) = (number(*weeks, dp_for(*weeks), lang), n2(*per_helper, lang));
            if da {
                format!(
                    "{e} ansatte timer / {h} / {w} uger = {p} t/uge pr. hjælper i gennemsnit; arbejdstidsreglerne tillader højst 48 timer, så der skal flere hjælpere til"
                )
            } else {
                format!(
                    "{e} employed hours / {h} / {w} weeks = {p} h/week per helper on average; the working-time rules allow at most 48 hours, so more helpers are needed"
                )
            }
        }
        About::FullCoverWithoutNeed => lang
            .say(
                "Uger med døgndækning uden et ugentligt behov",
                "Weeks of 24-hour cover without a weekly need",
            )
            .to_string(),
        About::FullCoverAddsNothing => lang
            .say(
                "Uger med døgndækning lægger intet til, for den almindelige uge dækker allerede hele døgnet; var det dobbeltdækning (double_cover_weeks), der var ment?",
                "Weeks of 24-hour cover add nothing, as the ordinary week already covers the whole day; was double cover (double_cover_weeks) meant?",
            )
            .to_string(),
        About::AdminFixedRate => lang
            .say(
                "Tilskuddet til arbejdsgiveropgaven er fastsat som en fast sats; det skal bygge på en konkret, individuel vurdering af opgaverne",
                "The employer-task subsidy is set as a fixed rate; it must rest on a concrete, individual assessment of the tasks",
            )
            .to_string(),
        About::AdminBelowPractice {
            total,
            hours,
            per_hour,
        } => {
            let (t, h, p) = (n2(*total, lang), n2(*hours, lang), n2(*per_hour, lang));
            if da {
                format!(
                    "Tilskuddet til arbejdsgiveropgaven er {t} kr. / {h} t = {p} kr. pr. time, under de 3 kr. pr. time, som Ankestyrelsen har set som det laveste; så lavt et tilskud kan gøre ordningen uoverdragelig"
                )
            } else {
                format!(
                    "The employer-task subsidy is DKK {t} / {h} h = DKK {p} per hour, below the DKK 3 per hour Ankestyrelsen found as the lowest; so low a subsidy may make the grant impossible to transfer"
                )
            }
        }
        About::CapExceeded {
            cost_per_hour,
            cap,
            reduction,
        } => {
            let (c, l, r) = (n2(*cost_per_hour, lang), n2(*cap, lang), n2(*reduction, lang));
            if da {
                format!(
                    "Udgiften pr. time ({c} kr.) overstiger loftet ({l} kr.): tilskuddet er nedsat til loftet med {r} kr. Kommunen skal vurdere timerne eller udgiftselementerne igen, før der træffes afgørelse"
                )
            } else {
                format!(
                    "The cost per hour (DKK {c}) exceeds the cap (DKK {l}): the grant is reduced to the cap by DKK {r}. The municipality must reassess the hours or the cost elements before deciding"
                )
            }
        }
        About::CapNotChecked => lang
            .say(
                "Intet loft pr. time angivet; loftet er ikke kontrolleret",
                "No hourly cap given; the cap is not checked",
            )
            .to_string(),
        About::ReductionNotice(r) => {
            let list = r
                .falls
                .iter()
                .map(|fall| {
                    let unit = match fall.unit {
                        Unit::Kroner => lang.say("kr.", "DKK"),
                        Unit::Hours => lang.say("t", "h"),
                    };
                    format!(
                        "{} {} → {} {unit}",
                        lang.pick(&fall.what).to_lowercase(),
                        n2(fall.old, lang),
                        n2(fall.new, lang)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            if da {
                format!(
                    "Nedsættelse i forhold til sidste afgørelse: {list}. Ændringen skal varsles 14 uger efter SEL § 3 a"
                )
            } else {
                format!(
                    "Reduction from the last decision: {list}. The change needs 14 weeks' notice under SEL § 3 a"
                )
            }
        }
        About::AmountThreeDecimals { key, raw } => {
            let read = n2(raw.parse().unwrap_or_default(), lang);
            if da {
                format!(
                    "{key} = {raw} er læst som {read} kr.; var punktummet et tusindtalsskilletegn, skrives beløbet uden det"
                )
            } else {
                format!(
                    "{key} = {raw} is read as DKK {read}; if the point was a Danish thousands separator, write the amount without it"
                )
            }
        }
    }
}

/// A note's message.
#[must_use]
pub fn note(n: &Note, lang: Lang) -> String {
    match &n.about {
        NoteAbout::Unverified { year } => match lang {
            Lang::Da => format!(
                "Satser, der ikke er offentliggjort for {year} (fremskrevet eller udledt; se kilden)"
            ),
            Lang::En => {
                format!(
                    "Rates not published for {year} (carried forward or derived; see the source)"
                )
            }
        },
        NoteAbout::ZeroUsed => lang
            .say(
                "Bidrag med sats 0 kr., som sagen udløser; satsen er ikke bekræftet",
                "Contributions at a rate of 0 that the case triggers; the rate is not confirmed",
            )
            .to_string(),
        NoteAbout::TaskTimeUnset(tasks) => {
            let names = tasks
                .iter()
                .map(|t| lang.pick(t))
                .collect::<Vec<_>>()
                .join("; ");
            match lang {
                Lang::Da => format!(
                    "Arbejdsgiveropgaver uden fastsat tid i satstabellen, som indgår med 0 kr., til kommunen fastsætter tiden: {names}"
                ),
                Lang::En => format!(
                    "Employer tasks without a time in the rate table, counted as 0 until the municipality sets the time: {names}"
                ),
            }
        }
    }
}
