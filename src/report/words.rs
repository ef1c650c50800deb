//! The words of the legal checks (SPEC 9): each warning and note said in
//! the output language with the figures the calculation found.

use rust_decimal::Decimal;

use super::{Lang, number};
use crate::budget::open::OpenPoint;
use crate::calc::checks::{About, Note, NoteAbout, Warning};
use crate::calc::reduction::{Reduction, Unit};
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

/// A warning told on stderr, as errors are: `warning: FILE:LINE:COL: CODE: message`
/// (in English, as every diagnostic is).
#[must_use]
pub fn told(file: &str, w: &Warning) -> String {
    let at = match &w.about {
        About::AmountThreeDecimals {
            at: Some((line, col)),
            ..
        } => format!(":{line}:{col}"),
        _ => String::new(),
    };
    format!("warning: {file}{at}: {}: {}", w.code, warning(w, Lang::En))
}

/// A warning's message.
#[must_use]
pub fn warning(w: &Warning, lang: Lang) -> String {
    match &w.about {
        About::KtUnder20h { schedule, week } => kt_under_20h(*schedule, *week, lang),
        About::StandbyInKt => lang
            .say(
                "Rådighedstimer i kontant tilskud kun i helt særlige tilfælde og aldrig til overvågning",
                "Standby hours in KT only in special cases and never for watching over the citizen (overvågning)",
            )
            .to_string(),
        About::StandbyInBpa => lang
            .say(
                "Rådighedstimer kan kun udmåles i helt særlige tilfælde; afgørelsen skal begrunde, hvorfor dette er et sådant",
                "Standby hours may be granted only in very special cases; the decision must give the reasons this is one",
            )
            .to_string(),
        About::RelativeEmployeeOver48h { own_care } => {
            let h = n2(*own_care, lang);
            match lang {
                Lang::Da => format!(
                    "Den nærtstående er ansat efter overdragelsen og yder selv {h} t/uge; som lønmodtager må den nærtstående højst arbejde 48 timer om ugen i gennemsnit, så der skal flere hjælpere til"
                ),
                Lang::En => format!(
                    "The relative is employed after the transfer and provides {h} h/week personally; as an employee the relative may work at most 48 hours a week on average, so more helpers are needed"
                ),
            }
        }
        About::RelativeOver48h { own_care } => {
            let h = n2(*own_care, lang);
            match lang {
                Lang::Da => format!(
                    "Den nærtstående yder selv {h} t/uge; mere end 48 timer kræver en særlig afgørelse"
                ),
                Lang::En => format!(
                    "The relative provides {h} h/week personally; more than 48 hours needs a special decision"
                ),
            }
        }
        About::HelpersOver48h {
            employed,
            helpers,
            weeks,
            per_helper,
        } => helpers_over_48h(*employed, *helpers, *weeks, *per_helper, lang),
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
        About::MoveUndecided => lang
            .say(
                "Borgeren flytter, og den nye kommunes afgørelse kendes ikke: budgettet løber til årets udgang, men udbetalingen ophører, når den nye kommune har truffet afgørelse (angiv [period] new_decision)",
                "The citizen moves and the new municipality's decision is not known: the budget runs to the end of the year, but payment ends when the new municipality has decided (give [period] new_decision)",
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
        } => admin_below_practice(*total, *hours, *per_hour, lang),
        About::CapExceeded {
            cost_per_hour,
            cap,
            reduction,
        } => cap_exceeded(*cost_per_hour, *cap, *reduction, lang),
        About::CapNotChecked => lang
            .say(
                "Intet loft pr. time angivet; loftet er ikke kontrolleret",
                "No hourly cap given; the cap is not checked",
            )
            .to_string(),
        About::ReductionNotice(r) => reduction_notice(r, lang),
        About::AmountThreeDecimals { key, raw, .. } => amount_three_decimals(key, raw, lang),
        About::Overspend { hours, value } => overspend(*hours, *value, lang),
    }
}

/// SEL § 95 stk. 2: the week that is not above 20 hours.
fn kt_under_20h(schedule: bool, week: Decimal, lang: Lang) -> String {
    let h = n2(week, lang);
    match (lang, schedule) {
        (Lang::Da, false) => format!(
            "Kontant tilskud kræver et behov på mere end 20 timer om ugen; behovet før fradrag er {h} t/uge"
        ),
        (Lang::Da, true) => format!(
            "Kontant tilskud kræver et behov på mere end 20 timer om ugen; skemaets typiske uge er {h} t/uge"
        ),
        (Lang::En, false) => format!(
            "KT requires a need of more than 20 hours a week; the need before deductions is {h} h/week"
        ),
        (Lang::En, true) => format!(
            "KT requires a need of more than 20 hours a week; the schedule's typical week is {h} h/week"
        ),
    }
}

/// KL tabel 4, VEJ pkt. 68: `E / n / W_p` above 48 hours.
fn helpers_over_48h(
    employed: Decimal,
    helpers: u32,
    weeks: Decimal,
    per_helper: Decimal,
    lang: Lang,
) -> String {
    let (e, h) = (
        n2(employed, lang),
        count(helpers, "hjælpere", "helpers", lang),
    );
    let (w, p) = (number(weeks, dp_for(weeks), lang), n2(per_helper, lang));
    match lang {
        Lang::Da => format!(
            "{e} ansatte timer / {h} / {w} uger = {p} t/uge pr. hjælper i gennemsnit; arbejdstidsreglerne tillader højst 48 timer, så der skal flere hjælpere til"
        ),
        Lang::En => format!(
            "{e} employed hours / {h} / {w} weeks = {p} h/week per helper on average; the working-time rules allow at most 48 hours, so more helpers are needed"
        ),
    }
}

/// SM 2021, KL 3.4.4: a subsidy below 3 kr. per grant hour.
fn admin_below_practice(total: Decimal, hours: Decimal, per_hour: Decimal, lang: Lang) -> String {
    let (t, h, p) = (n2(total, lang), n2(hours, lang), n2(per_hour, lang));
    match lang {
        Lang::Da => format!(
            "Tilskuddet til arbejdsgiveropgaven er {t} kr. / {h} t = {p} kr. pr. time, under de 3 kr. pr. time, som Ankestyrelsen har set som det laveste; så lavt et tilskud kan gøre ordningen uoverdragelig"
        ),
        Lang::En => format!(
            "The employer-task subsidy is DKK {t} / {h} h = DKK {p} per hour, below the DKK 3 per hour Ankestyrelsen found as the lowest; so low a subsidy may make the grant impossible to transfer"
        ),
    }
}

/// BEK § 3 stk. 4: the cost per hour above the cap, and the reduction.
fn cap_exceeded(cost_per_hour: Decimal, cap: Decimal, reduction: Decimal, lang: Lang) -> String {
    let (c, l, r) = (n2(cost_per_hour, lang), n2(cap, lang), n2(reduction, lang));
    match lang {
        Lang::Da => format!(
            "Udgiften pr. time ({c} kr.) overstiger loftet ({l} kr.): tilskuddet er nedsat til loftet med {r} kr. Kommunen skal vurdere timerne eller udgiftselementerne igen, før der træffes afgørelse"
        ),
        Lang::En => format!(
            "The cost per hour (DKK {c}) exceeds the cap (DKK {l}): the grant is reduced to the cap by DKK {r}. The municipality must reassess the hours or the cost elements before deciding"
        ),
    }
}

/// SEL § 3 a: each figure that fell, old → new.
pub fn reduction_notice(r: &Reduction, lang: Lang) -> String {
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
    // A list that ends in "kr." takes no second full stop.
    let list = list.strip_suffix('.').unwrap_or(&list);
    match lang {
        Lang::Da => format!(
            "Nedsættelse i forhold til sidste afgørelse: {list}. Ændringen kan først få virkning med mindst 14 ugers varsel, jf. SEL § 3 a"
        ),
        Lang::En => format!(
            "Reduction from the last decision: {list}. The change can take effect only with at least 14 weeks' notice, under SEL § 3 a"
        ),
    }
}

/// SPEC 2: `12.000` read as 12 kr.
fn amount_three_decimals(key: &str, raw: &str, lang: Lang) -> String {
    let read = n2(raw.parse().unwrap_or_default(), lang);
    match lang {
        Lang::Da => format!(
            "{key} = {raw} er læst som {read} kr.; var punktummet et tusindtalsskilletegn, skrives beløbet uden det"
        ),
        Lang::En => format!(
            "{key} = {raw} is read as DKK {read}; if the point was a Danish thousands separator, write the amount without it"
        ),
    }
}

/// KL 3.7.1: hours used beyond the grant in the yearly account.
fn overspend(hours: Decimal, value: Decimal, lang: Lang) -> String {
    let (h, v) = (n2(hours, lang), n2(value, lang));
    match lang {
        Lang::Da => format!(
            "Der er brugt {h} timer ud over de bevilgede, værdi {v} kr., som tilskuddet ikke dækker; kommunen bør revurdere sagen"
        ),
        Lang::En => format!(
            "{h} hours were used beyond the grant, worth DKK {v}, which the grant does not cover; the municipality should reassess the case"
        ),
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
        NoteAbout::Placeholder => lang
            .say(
                "Pladsholdere, som kommunen skal erstatte med sin egen beslutning, før bilaget sendes",
                "Stand-in figures the municipality must replace with its own decision before the attachment is sent",
            )
            .to_string(),
        NoteAbout::TaskTimeUnset(tasks) => {
            let names = task_names(tasks, lang);
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

/// The tasks a note or an open point names, in the output language.
fn task_names(tasks: &[crate::calc::Text], lang: Lang) -> String {
    tasks
        .iter()
        .map(|t| lang.pick(t))
        .collect::<Vec<_>>()
        .join("; ")
}

/// An open point before the attachment is sent (SPEC 12), in words: a
/// warning as the warnings say it, unset task times and stand-in figures
/// by name, each with its legal ground.
#[must_use]
pub fn open_point(p: &OpenPoint<'_>, lang: Lang) -> String {
    match p {
        // A warning that rests on no law (its ground is "—") gets none.
        OpenPoint::Warning(w) if w.legal == "—" => warning(w, lang),
        OpenPoint::Warning(w) => format!("{} ({})", warning(w, lang), w.legal),
        OpenPoint::TaskTimeUnset(tasks) => {
            let names = task_names(tasks, lang);
            match lang {
                Lang::Da => format!(
                    "Arbejdsgiveropgaver uden fastsat tid, som indgår med 0 kr., til kommunen fastsætter tiden (BEK § 8): {names}"
                ),
                Lang::En => format!(
                    "Employer tasks without a time, counted as 0 until the municipality sets the time (BEK § 8): {names}"
                ),
            }
        }
        OpenPoint::Placeholder(figures) => {
            let names = figures
                .iter()
                .map(|f| {
                    let v = f.value.normalize();
                    format!(
                        "{} = {}",
                        super::doc::names::figure(&f.path, lang),
                        number(v, v.scale(), lang)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            match lang {
                Lang::Da => format!(
                    "Pladsholdere i satstabellen, som kommunen skal fastsætte i sit serviceniveau (VEJ pkt. 61): {names}"
                ),
                Lang::En => format!(
                    "Stand-in figures in the rate table the municipality must set in its service level (VEJ pkt. 61): {names}"
                ),
            }
        }
    }
}
