//! The attachment's notices on hospital stays, stays abroad, death and
//! moving, worded for the reader (`notices::Reader`): the citizen, the
//! relative who receives the grant (SEL § 95 stk. 3), or after a death the
//! estate.

use chrono::NaiveDate;

use super::Section;
use super::dates::{date, month_year};
use super::notices::Reader;
use crate::budget::Budget;
use crate::calc::period::Ending;
use crate::case::{Employer, Scheme};
use crate::report::Lang;

fn pick(lang: Lang, da: String, en: String) -> String {
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

/// The person in need as the reader sees them: "du" to the citizen,
/// "borgeren" to the relative.
struct Words {
    /// "du har brug for" / "borgeren har brug for".
    needs: (&'static str, &'static str),
    /// "dig" / "borgeren" as an object.
    them: (&'static str, &'static str),
    /// "du bliver" / "borgeren bliver".
    is: (&'static str, &'static str),
    /// "dine hjælpere" / "hjælperne".
    helpers: (&'static str, &'static str),
}

fn words(reader: Reader) -> Words {
    match reader {
        Reader::Relative => Words {
            needs: ("borgeren har", "the citizen needs"),
            them: ("borgeren", "the citizen"),
            is: ("borgeren bliver", "the citizen is"),
            helpers: ("hjælperne", "the helpers"),
        },
        Reader::Citizen | Reader::Estate(_) => Words {
            needs: ("du har", "you need"),
            them: ("dig", "you"),
            is: ("du bliver", "you are"),
            helpers: ("dine hjælpere", "your helpers"),
        },
    }
}

/// Hospital stays, stays abroad, death and moving (SEL § 96 b, § 96 c; KL
/// 2.3.3, 3.6); after a death, what the death means for the payments.
#[must_use]
pub fn section(b: &Budget, lang: Lang) -> Section {
    if let Some(Ending::Death { died, after }) = b.period.ending {
        return after_death(b, (died, after), lang);
    }
    let reader = Reader::of(b);
    Section::new(lang.say(
        "Indlæggelse, ophold i udlandet, dødsfald og flytning",
        "Hospital stays, stays abroad, death and moving",
    ))
    .para(hospital(b, reader, lang))
    .para(abroad(b.scheme, lang))
    .para(lang.say(
        "Dødsfald: Tilskuddet ophører ved udgangen af den måned, hvor borgeren dør. Kommunen dækker dog udgifter til hjælperne i mindst en måned derefter (SEL § 96 c; KL 3.6.2).",
        "Death: the grant ends at the end of the month in which the citizen dies. The municipality still covers costs for the helpers for at least one month after (SEL § 96 c; KL 3.6.2).",
    ))
    .para(moving(b, reader, lang))
}

/// SM 2021, AST 66-16, KL 2.3.3 and 5.4.11: during a stay the hospital
/// gives the help; the municipality is not obliged to pay the helpers
/// meanwhile but may, may put the scheme on hold only after assessing the
/// case (never as a practice), and the scheme resumes unchanged; the region
/// refunds where it agrees that the helpers come along.
fn hospital(b: &Budget, reader: Reader, lang: Lang) -> String {
    let w = words(reader);
    let (needs, them, is, helpers) = (w.needs, w.them, w.is, w.helpers);
    let mut text = match lang {
        Lang::Da => format!(
            "Indlæggelse: Under en indlæggelse har sygehuset ansvaret for den hjælp og pleje, {} brug for (SM 2021; AST 66-16). Kommunen har derfor ikke pligt til at betale hjælpernes løn under indlæggelsen, men kan vælge at fortsætte udbetalingen, fx så {} kan blive i ordningen (KL 2.3.3). Kommunen kan kun sætte ordningen i bero under en indlæggelse efter at have vurderet den konkrete situation, aldrig som fast praksis, og ordningen fortsætter uændret, når {} udskrevet (SM 2021). Aftaler kommunen og regionen, at {} følger {} under indlæggelsen, refunderer regionen kommunens udgift til tilskuddet i den periode (KL 2.3.3).",
            needs.0, helpers.0, is.0, helpers.0, them.0
        ),
        Lang::En => format!(
            "Hospital stays: during a stay the hospital is responsible for the help and care {} (SM 2021; AST 66-16). The municipality is therefore not obliged to pay the helpers' wages during the stay, but may choose to continue the payments, for instance so that {} can stay on (KL 2.3.3). The municipality may put the scheme on hold during a stay only after assessing the situation at hand, never as a fixed practice, and the scheme continues unchanged when {} discharged (SM 2021). If the municipality and the region agree that {} come along with {} during the stay, the region refunds the municipality's cost of the grant for that time (KL 2.3.3).",
            needs.1, helpers.1, is.1, helpers.1, them.1
        ),
    };
    // A decided pause: its days, and that the hours of them are out.
    if let Some(p) = &b.hours.pause {
        let spans = p
            .spans
            .iter()
            .map(|(from, to)| match lang {
                Lang::Da => format!("fra {} til {}", date(*from, lang), date(*to, lang)),
                Lang::En => format!("from {} to {}", date(*from, lang), date(*to, lang)),
            })
            .collect::<Vec<_>>()
            .join(lang.say(" og ", " and "));
        text.push(' ');
        text.push_str(&match lang {
            Lang::Da => format!(
                "Kommunen har i denne sag besluttet at sætte ordningen i bero {spans}; timerne for de dage er trukket fra i beregningen af timerne ovenfor, og ordningen fortsætter uændret derefter."
            ),
            Lang::En => format!(
                "In this case the municipality has decided to put the scheme on hold {spans}; the hours of those days are taken out in the calculation of the hours above, and the scheme continues unchanged after."
            ),
        });
    }
    // KL 5.4.11: an employer who may be without a grant during a stay should
    // be able to send the helpers home without pay.
    if !b.employer.is_organisation() {
        text.push(' ');
        text.push_str(lang.say(
            "Det anbefales, at ansættelsesaftalerne giver mulighed for at hjemsende hjælperne uden løn under en indlæggelse, hvor der ikke gives tilskud (KL 5.4.11).",
            "It is advisable that the employment contracts allow the helpers to be sent home without pay during a stay for which no grant is paid (KL 5.4.11).",
        ));
    }
    text
}

/// Udlandsbekendtgørelsen §§ 1, 3 and 5, AST 96-16 and 178-12: BPA is kept
/// on a stay of up to a month, longer only on application before leaving;
/// the extra costs of a short holiday abroad are applied for before leaving,
/// as a rule one trip a year of up to about 14 days. A cash grant under SEL §
/// 95 is not kept abroad.
fn abroad(scheme: Scheme, lang: Lang) -> &'static str {
    match scheme {
        Scheme::Bpa => lang.say(
            "Ophold i udlandet: Ved midlertidige ophold i udlandet på op til en måned beholder du BPA uden at søge om det. Varer opholdet mere end en måned, skal du søge kommunen, før du rejser (udlandsbekendtgørelsen § 3). Ekstra udgifter ved en kortvarig ferie i udlandet, fx til hjælpernes rejse og ophold, kan dækkes efter en konkret vurdering; du skal søge om det, før du rejser. Som udgangspunkt dækkes én ferie om året på op til ca. 14 dage (udlandsbekendtgørelsen § 5; AST 96-16).",
            "Stays abroad: on temporary stays abroad of up to one month you keep BPA without applying. For a stay of more than one month you apply to the municipality before you leave (udlandsbekendtgørelsen § 3). Extra costs of a short holiday abroad, such as the helpers' travel and stay, may be covered after an assessment of your case; you must apply before you leave. As a rule one holiday a year of up to about 14 days is covered (udlandsbekendtgørelsen § 5; AST 96-16).",
        ),
        Scheme::Kt | Scheme::KtRelative => lang.say(
            "Ophold i udlandet: Kontant tilskud efter SEL § 95 kan ikke tages med på ophold i udlandet (udlandsbekendtgørelsen § 1; AST 178-12).",
            "Stays abroad: a cash grant under SEL § 95 cannot be kept during stays abroad (udlandsbekendtgørelsen § 1; AST 178-12).",
        ),
    }
}

/// SEL § 96 b, VEJ pkt. 111–112, KL 3.6.1: the old municipality pays until
/// the new one has decided.
fn moving(b: &Budget, reader: Reader, lang: Lang) -> String {
    let to = date(b.period.to, lang);
    let relative = reader == Reader::Relative;
    match b.period.ending {
        Some(Ending::Move {
            new_decision: Some(_),
            ..
        }) => pick(
            lang,
            format!(
                "Flytning: {} flytter til en anden kommune. Den hidtidige kommune fortsætter udbetalingen, indtil den nye kommune har truffet afgørelse, det vil sige til og med den {to} (SEL § 96 b; VEJ pkt. 111–112).",
                if relative { "Borgeren" } else { "Du" }
            ),
            format!(
                "Moving: {} moving to another municipality. The present municipality continues the payments until the new one has decided, that is up to and including {to} (SEL § 96 b; VEJ pkt. 111–112).",
                if relative {
                    "the citizen is"
                } else {
                    "you are"
                }
            ),
        ),
        Some(Ending::Move {
            new_decision: None, ..
        }) => pick(
            lang,
            format!(
                "Flytning: {} flytter til en anden kommune. Den hidtidige kommune fortsætter udbetalingen, indtil den nye kommune har truffet afgørelse. Beregningen løber året ud, men udbetalingen ophører, når den nye kommunes afgørelse foreligger (SEL § 96 b; VEJ pkt. 111–112).",
                if relative { "Borgeren" } else { "Du" }
            ),
            format!(
                "Moving: {} moving to another municipality. The present municipality continues the payments until the new one has decided. The calculation runs to the end of the year, but the payments end when the new municipality's decision is made (SEL § 96 b; VEJ pkt. 111–112).",
                if relative {
                    "the citizen is"
                } else {
                    "you are"
                }
            ),
        ),
        _ => pick(
            lang,
            format!(
                "Flytning: Flytter {} til en anden kommune, fortsætter den hidtidige kommune udbetalingen, indtil den nye kommune har truffet afgørelse (SEL § 96 b; KL 3.6.1). Giv kommunen besked hurtigst muligt om ændringer, der har betydning for ordningen (VEJ pkt. 98).",
                if relative { "borgeren" } else { "du" }
            ),
            format!(
                "Moving: if {} to another municipality, the present municipality continues the payments until the new one has decided (SEL § 96 b; KL 3.6.1). Tell the municipality as soon as possible of changes that matter to the scheme (VEJ pkt. 98).",
                if relative {
                    "the citizen moves"
                } else {
                    "you move"
                }
            ),
        ),
    }
}

/// After a death (SEL § 96 c; VEJ pkt. 106): the grant lapses with the
/// month; the helpers' costs are covered one month more, paid to the
/// employer (through the payroll where the municipality runs it), for a
/// citizen employer to the estate; no § 10 amount for it.
fn after_death(b: &Budget, (died, after): (NaiveDate, NaiveDate), lang: Lang) -> Section {
    let payee = match b.employer {
        _ if b.municipal_payroll() => lang
            .say(
                "hjælperne som løn gennem kommunens lønudbetaling",
                "the helpers as wages through the municipality's payroll",
            )
            .to_string(),
        Employer::Citizen => lang.say("dødsboet", "the estate").to_string(),
        e => format!(
            "{} ({})",
            lang.say("arbejdsgiveren", "the employer"),
            crate::report::employer_name(e, lang)
        ),
    };
    let org = b.employer.is_organisation();
    let covers = if org {
        lang.say(
            "hjælpernes løn og bidrag og arbejdsgiverens andel af tilskuddet til arbejdsgiveropgaven",
            "the helpers' pay and contributions and the employer's share of the employer-task subsidy",
        )
    } else {
        lang.say(
            "hjælpernes løn og bidrag",
            "the helpers' pay and contributions",
        )
    };
    let month = month_year(after, lang);
    Section::new(lang.say("Dødsfald", "Death")).para(pick(
        lang,
        format!(
            "Borgeren døde den {}. Tilskuddet bortfalder med udgangen af måneden, den {}. Kommunen dækker {covers} i måneden efter, {month}; beløbet udbetales til {payee}. Der udbetales ikke § 10-beløb for den måned (SEL § 96 c; VEJ pkt. 106).",
            date(died, lang),
            date(b.period.to, lang),
        ),
        format!(
            "The citizen died on {}. The grant lapses at the end of the month, on {}. The municipality covers {covers} in the month after, {month}; the amount is paid to {payee}. No § 10 amount is paid for that month (SEL § 96 c; VEJ pkt. 106).",
            date(died, lang),
            date(b.period.to, lang),
        ),
    ))
}
