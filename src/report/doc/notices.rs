//! The attachment's fixed notices beside the budget: the yearly account, a
//! reduction's notice, stays, death and moving, how to complain. Each is
//! worded for its reader: the citizen ("du"), or after a death the estate,
//! never "du" to the deceased (SEL § 96 c).

use chrono::NaiveDate;

use super::Section;
use super::dates::{date, month_year};
use crate::budget::Budget;
use crate::budget::decision::{Facts, Reduction};
use crate::calc::period::Ending;
use crate::case::{Employer, Scheme};
use crate::report::Lang;

/// Who the attachment speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// The citizen, as "du".
    Citizen,
    /// The estate, after the citizen's death on this day.
    Estate(NaiveDate),
}

impl Reader {
    #[must_use]
    pub fn of(b: &Budget) -> Reader {
        match b.period.ending {
            Some(Ending::Death { died, .. }) => Reader::Estate(died),
            _ => Reader::Citizen,
        }
    }
}

fn pick(lang: Lang, da: String, en: String) -> String {
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

/// The yearly account and unused hours (BEK §§ 14–16; VEJ pkt. 99–105).
#[must_use]
pub fn yearly_account(reader: Reader, lang: Lang) -> Section {
    let s = Section::new(lang.say(
            "Regnskab og uforbrugte timer",
            "Yearly account and unused hours",
        ))
        .new_page()
        .para(lang.say(
            "Hvert år laves et regnskab over tilskuddet til løn, pension, feriegodtgørelse og bidrag og over de udmålte og de brugte timer. Regnskabet laves normalt af arbejdsgiveren – af foreningen eller virksomheden, hvis tilskuddet er overført dertil, og af kommunen, hvis kommunen står for lønudbetalingen – og sendes til kommunen én gang om året efter aftale (BEK § 14; VEJ pkt. 99–100).",
            "Each year an account is made of the grant for wages, pension, holiday pay and contributions and of the granted and the used hours. The employer normally makes it – the association or company if the grant is transferred to one, the municipality if it runs the payroll – and sends it to the municipality once a year as agreed (BEK § 14; VEJ pkt. 99–100).",
        ))
        .para(lang.say(
            "Tilskud til timer, der ikke er brugt, skal som udgangspunkt betales tilbage til kommunen. § 10-beløbet og tilskuddet til arbejdsgiveropgaven indgår ikke i afregningen (BEK § 15 stk. 1; VEJ pkt. 101–102).",
            "The grant for hours not used is as a rule paid back to the municipality. The § 10 amount and the employer-task subsidy are not part of the settlement (BEK § 15 stk. 1; VEJ pkt. 101–102).",
        ));
    let s = match reader {
        Reader::Citizen => s.para(lang.say(
            "Du kan aftale med kommunen, at tilskud til uforbrugte timer overføres til det følgende år, så du kan spare timer op til fx ferie, kurser eller familiebegivenheder (BEK § 15 stk. 2; VEJ pkt. 104–105).",
            "You may agree with the municipality that the grant for unused hours is carried to the next year, so that you can save hours for holidays, courses or family events (BEK § 15 stk. 2; VEJ pkt. 104–105).",
        )),
        Reader::Estate(_) => s.para(lang.say(
            "Regnskabet laves for perioden til ordningens ophør; der er intet følgende år at overføre uforbrugte timer til (BEK §§ 14–15; VEJ pkt. 99–105).",
            "The account is made for the period up to the end of the scheme; there is no following year to carry unused hours to (BEK §§ 14–15; VEJ pkt. 99–105).",
        )),
    };
    s.para(lang.say(
        "Tilskud, der ikke bruges til formålet, skal betales tilbage (BEK § 16; VEJ pkt. 103).",
        "A grant not used for its purpose is paid back (BEK § 16; VEJ pkt. 103).",
    ))
}

/// A reduction and its 14 weeks' notice, counted from the day of receipt
/// (SEL § 3 a; VEJ pkt. 39–40).
#[must_use]
pub fn reduction_notice(r: &Reduction, received: Option<NaiveDate>, lang: Lang) -> Section {
    let first = match (received, r.notice_ends) {
        (Some(got), Some(ends)) => pick(
            lang,
            format!(
                "Afgørelsen nedsætter hjælpen i forhold til den seneste afgørelse. Nedsættelsen har først virkning, når der er gået 14 uger, fra du har modtaget afgørelsen. Hvis du har modtaget afgørelsen den {}, har nedsættelsen virkning fra den {}. Indtil da fortsætter hjælpen uændret. Du skal dog allerede nu forberede ændringen, fx ved at opsige hjælpere til den dag (SEL § 3 a stk. 1; VEJ pkt. 39).",
                date(got, lang),
                date(ends, lang)
            ),
            format!(
                "The decision reduces the help from the last decision. The reduction takes effect only 14 weeks after you received the decision. If you received the decision on {}, the reduction takes effect on {}. Until then the help continues unchanged. You should still prepare the change now, for instance by giving helpers notice for that day (SEL § 3 a stk. 1; VEJ pkt. 39).",
                date(got, lang),
                date(ends, lang)
            ),
        ),
        _ => lang
            .say(
                "Afgørelsen nedsætter hjælpen i forhold til den seneste afgørelse. Nedsættelsen har først virkning, når der er gået 14 uger, fra du har modtaget afgørelsen. Indtil da fortsætter hjælpen uændret. Du skal dog allerede nu forberede ændringen, fx ved at opsige hjælpere til den dag (SEL § 3 a stk. 1; VEJ pkt. 39).",
                "The decision reduces the help from the last decision. The reduction takes effect only 14 weeks after you received the decision. Until then the help continues unchanged. You should still prepare the change now, for instance by giving helpers notice for that day (SEL § 3 a stk. 1; VEJ pkt. 39).",
            )
            .to_string(),
    };
    Section::new(lang.say("Nedsættelse og varsel", "Reduction and notice"))
        .para(first)
        .para(lang.say(
            "Klager du over afgørelsen inden 4 uger, må nedsættelsen ikke sættes i værk, før varslet er udløbet, og du får den hidtidige hjælp i hele varslingsperioden. Kommunen skal genvurdere afgørelsen inden 2 uger efter at have modtaget din klage (SEL § 3 a stk. 2; VEJ pkt. 40).",
            "If you complain within 4 weeks, the reduction may not be carried out before the notice has ended, and you keep the help you had for the whole notice period. The municipality must reconsider the decision within 2 weeks of receiving your complaint (SEL § 3 a stk. 2; VEJ pkt. 40).",
        ))
}

/// Hospital stays, stays abroad, death and moving (SEL § 96 b, § 96 c; KL
/// 2.3.3, 3.6); after a death, what the death means for the payments.
#[must_use]
pub fn stays_death_moving(b: &Budget, lang: Lang) -> Section {
    if let Some(Ending::Death { died, after }) = b.period.ending {
        return after_death(b, (died, after), lang);
    }
    let bpa = b.scheme == Scheme::Bpa;
    let s = Section::new(lang.say(
            "Indlæggelse, ophold i udlandet, dødsfald og flytning",
            "Hospital stays, stays abroad, death and moving",
        ))
        .para(lang.say(
            "Indlæggelse: Under en indlæggelse har sygehuset ansvaret for den hjælp og pleje, du har brug for, og kommunen skal ikke betale hjælpernes løn imens. Kommunen og regionen kan aftale, at dine hjælpere følger dig, og kommunen vurderer konkret, om hjælpere skal opsiges under en indlæggelse (SM 2021; AST 66-16; KL 2.3.3).",
            "Hospital stays: during a stay the hospital is responsible for the help and care you need, and the municipality does not pay the helpers' wages meanwhile. The municipality and the region may agree that your helpers come with you, and the municipality assesses in each case whether helpers should be given notice (SM 2021; AST 66-16; KL 2.3.3).",
        ))
        .para(if bpa {
            lang.say(
                "Ophold i udlandet: Ved midlertidige ophold i udlandet på op til en måned beholder du BPA uden at søge om det. Varer opholdet mere end en måned, skal du søge kommunen, før du rejser (udlandsbekendtgørelsen §§ 1–3).",
                "Stays abroad: on temporary stays abroad of up to one month you keep BPA without applying. For a stay of more than one month you apply to the municipality before you leave (udlandsbekendtgørelsen §§ 1–3).",
            )
        } else {
            lang.say(
                "Ophold i udlandet: Kontant tilskud efter SEL § 95 kan ikke tages med på ophold i udlandet (udlandsbekendtgørelsen § 1).",
                "Stays abroad: a cash grant under SEL § 95 cannot be kept during stays abroad (udlandsbekendtgørelsen § 1).",
            )
        })
        .para(lang.say(
            "Dødsfald: Tilskuddet ophører ved udgangen af den måned, hvor borgeren dør. Kommunen dækker dog udgifter til hjælperne i mindst en måned derefter (SEL § 96 c; KL 3.6.2).",
            "Death: the grant ends at the end of the month in which the citizen dies. The municipality still covers costs for the helpers for at least one month after (SEL § 96 c; KL 3.6.2).",
        ));
    let to = date(b.period.to, lang);
    s.para(match b.period.ending {
        Some(Ending::Move {
            new_decision: Some(_),
            ..
        }) => pick(
            lang,
            format!(
                "Flytning: Du flytter til en anden kommune. Din hidtidige kommune fortsætter udbetalingen, indtil den nye kommune har truffet afgørelse, det vil sige til og med den {to} (SEL § 96 b; VEJ pkt. 111–112)."
            ),
            format!(
                "Moving: you are moving to another municipality. Your present municipality continues the payments until the new one has received, that is up to and including {to} (SEL § 96 b; VEJ pkt. 111–112)."
            ),
        ),
        Some(Ending::Move {
            new_decision: None,
            ..
        }) => lang
            .say(
                "Flytning: Du flytter til en anden kommune. Din hidtidige kommune fortsætter udbetalingen, indtil den nye kommune har truffet afgørelse. Beregningen løber året ud, men udbetalingen ophører, når den nye kommunes afgørelse foreligger (SEL § 96 b; VEJ pkt. 111–112).",
                "Moving: you are moving to another municipality. Your present municipality continues the payments until the new one has received. The calculation runs to the end of the year, but the payments end when the new municipality's decision is made (SEL § 96 b; VEJ pkt. 111–112).",
            )
            .to_string(),
        _ => lang
            .say(
                "Flytning: Flytter du til en anden kommune, fortsætter din hidtidige kommune udbetalingen, indtil den nye kommune har truffet afgørelse (SEL § 96 b; KL 3.6.1). Giv kommunen besked hurtigst muligt om ændringer, der har betydning for ordningen (VEJ pkt. 98).",
                "Moving: if you move to another municipality, your present municipality continues the payments until the new one has received (SEL § 96 b; KL 3.6.1). Tell the municipality as soon as possible of changes that matter to the scheme (VEJ pkt. 98).",
            )
            .to_string(),
    })
}

/// After a death (SEL § 96 c; VEJ pkt. 106): the grant lapses with the
/// month; the helpers' costs are covered one month more, paid to the
/// employer, for a citizen employer to the estate; no § 10 amount for it.
fn after_death(b: &Budget, (died, after): (NaiveDate, NaiveDate), lang: Lang) -> Section {
    let payee = match b.employer {
        Employer::Citizen => lang.say("dødsboet", "the estate").to_string(),
        e => format!(
            "{} ({})",
            lang.say("arbejdsgiveren", "the employer"),
            crate::report::employer_name(e, lang)
        ),
    };
    let org = matches!(b.employer, Employer::Association | Employer::Company);
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

/// How to complain and the action plan (forvaltningsloven § 25; SEL § 141;
/// KL 3.1); after a death the estate complains.
#[must_use]
pub fn complaint(f: &Facts, reader: Reader, lang: Lang) -> Section {
    let to = f
        .municipality
        .clone()
        .unwrap_or_else(|| lang.say("kommunen", "the municipality").to_string());
    let by = match (f.received, f.complaint_by) {
        (Some(got), Some(by)) => match (lang, reader) {
            (Lang::Da, Reader::Citizen) => format!(
                " Hvis du har modtaget afgørelsen den {}, er fristen den {}.",
                date(got, lang),
                date(by, lang)
            ),
            (Lang::Da, Reader::Estate(_)) => format!(
                " Hvis afgørelsen er modtaget den {}, er fristen den {}.",
                date(got, lang),
                date(by, lang)
            ),
            (Lang::En, Reader::Citizen) => format!(
                " If you received the decision on {}, the time limit is {}.",
                date(got, lang),
                date(by, lang)
            ),
            (Lang::En, Reader::Estate(_)) => format!(
                " If the decision was received on {}, the time limit is {}.",
                date(got, lang),
                date(by, lang)
            ),
        },
        _ => String::new(),
    };
    match reader {
        Reader::Citizen => Section::new(lang.say("Klagevejledning og handleplan", "How to complain; action plan"))
            .para(pick(
                lang,
                format!(
                    "Er du uenig i afgørelsen, kan du klage. Klagen sendes til {to} inden 4 uger efter, at du har modtaget afgørelsen.{by} Klagen kan være mundtlig eller skriftlig. Kommunen vurderer afgørelsen igen, og giver kommunen dig ikke fuldt ud ret, sender den klagen videre til Ankestyrelsen (forvaltningsloven § 25; KL 3.1)."
                ),
                format!(
                    "If you disagree with the decision, you may complain. The complaint goes to {to} within 4 weeks of receiving the decision.{by} It may be oral or written. The municipality reconsiders the decision and, unless it agrees with you in full, sends the complaint on to Ankestyrelsen (forvaltningsloven § 25; KL 3.1)."
                ),
            ))
            .para(lang.say(
                "Kommunen tilbyder at udarbejde en handleplan sammen med dig for formålet med hjælpen og hvordan den gives (SEL § 141; KL 3.1).",
                "The municipality offers to draw up an action plan with you on the purpose of the help and how it is given (SEL § 141; KL 3.1).",
            )),
        Reader::Estate(_) => Section::new(lang.say("Klagevejledning", "How to complain")).para(pick(
            lang,
            format!(
                "Er dødsboet uenigt i afgørelsen, kan det klage. Klagen sendes til {to} inden 4 uger efter, at afgørelsen er modtaget.{by} Klagen kan være mundtlig eller skriftlig. Kommunen vurderer afgørelsen igen, og giver kommunen ikke fuldt ud medhold, sender den klagen videre til Ankestyrelsen (forvaltningsloven § 25; KL 3.1)."
            ),
            format!(
                "If the estate disagrees with the decision, it may complain. The complaint goes to {to} within 4 weeks of receiving the decision.{by} It may be oral or written. The municipality reconsiders the decision and, unless it agrees in full, sends the complaint on to Ankestyrelsen (forvaltningsloven § 25; KL 3.1)."
            ),
        )),
    }
}

/// The closing note: amounts, rounding, and the legal sources' abbreviations.
#[must_use]
pub fn abbreviations(lang: Lang) -> &'static str {
    lang.say(
        "Beløb i kr. for bevillingsperioden, afrundet til øre; hver post viser sin beregning og hjemmel. Forkortelser: SEL serviceloven, BEK bekendtgørelse nr. 1069/2020 om udmåling af tilskud, VEJ vejledning nr. 10325/2017 (punkt), KL KL's vejledning om BPA og kontant tilskud (2022), AST Ankestyrelsens principmeddelelser, SM Social- og Ældreministeriets brev til kommunerne (2021).",
        "Amounts in DKK for the grant period, rounded to øre; each item shows its calculation and legal ground. Abbreviations: SEL the Social Services Act, BEK executive order no. 1069/2020 on the grant, VEJ guidance no. 10325/2017 (point), KL KL's guidance on BPA and cash grants (2022), AST Ankestyrelsen's principle rulings, SM the ministry's letter to the municipalities (2021).",
    )
}
