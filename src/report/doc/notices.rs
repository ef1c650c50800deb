//! The attachment's fixed notices beside the budget: the yearly account, a
//! reduction's notice, the relative's own hours, how to complain (stays,
//! death and moving are `stays`). Each is worded for its reader: the citizen
//! ("du"); under SEL § 95 stk. 3 the relative who receives the grant ("du",
//! and the citizen is "borgeren"); after a death the estate, never "du" to
//! the deceased (SEL § 96 c).

use chrono::NaiveDate;

use super::Section;
use super::dates::date;
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
    /// The relative who receives the grant (SEL § 95 stk. 3), as "du"; the
    /// person in need is "borgeren".
    Relative,
    /// The estate, after the citizen's death on this day.
    Estate(NaiveDate),
}

impl Reader {
    #[must_use]
    pub fn of(b: &Budget) -> Reader {
        match b.period.ending {
            Some(Ending::Death { died, .. }) => Reader::Estate(died),
            _ if b.scheme == Scheme::KtRelative => Reader::Relative,
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

/// Who makes the yearly account in this case (BEK § 14; KL 3.7): the
/// municipality where it runs the payroll, the association or company the
/// grant is transferred to, else the one who employs the helpers.
fn account_maker(b: &Budget, reader: Reader, lang: Lang) -> &'static str {
    if b.municipal_payroll() {
        return lang.say(
            "Regnskabet laves af kommunen, fordi kommunen står for lønudbetalingen",
            "The municipality makes the account, as it runs the payroll",
        );
    }
    match (b.employer, reader) {
        (Employer::Association, _) => lang.say(
            "Regnskabet laves af foreningen, som tilskuddet er overført til, og sendes til kommunen",
            "The association the grant is transferred to makes the account and sends it to the municipality",
        ),
        (Employer::Company, _) => lang.say(
            "Regnskabet laves af virksomheden, som tilskuddet er overført til, og sendes til kommunen",
            "The company the grant is transferred to makes the account and sends it to the municipality",
        ),
        (_, Reader::Estate(_)) => lang.say(
            "Regnskabet laves af arbejdsgiveren, efter dødsfaldet af dødsboet, og sendes til kommunen",
            "The employer makes the account, after the death the estate, and sends it to the municipality",
        ),
        _ if b.payroll == Some(crate::case::Payroll::Own) => lang.say(
            "Regnskabet laves af dig som arbejdsgiver, fordi du selv står for lønudbetalingen, og sendes til kommunen",
            "You make the account as the employer, as you run the payroll yourself, and send it to the municipality",
        ),
        _ => lang.say(
            "Regnskabet laves af arbejdsgiveren, eller af kommunen, hvis kommunen står for lønudbetalingen, og sendes til kommunen",
            "The employer makes the account, or the municipality if it runs the payroll, and sends it to the municipality",
        ),
    }
}

/// The yearly account and unused hours (BEK §§ 14–16; VEJ pkt. 99–105).
#[must_use]
pub fn yearly_account(b: &Budget, reader: Reader, lang: Lang) -> Section {
    let s = Section::new(lang.say(
        "Regnskab og uforbrugte timer",
        "Yearly account and unused hours",
    ))
    .para(match lang {
        Lang::Da => format!(
            "Hvert år laves et regnskab over tilskuddet til løn, pension, feriegodtgørelse og bidrag og over de udmålte og de brugte timer, én gang om året efter aftale med kommunen. {} (BEK § 14; VEJ pkt. 99–100; KL 3.7).",
            account_maker(b, reader, lang)
        ),
        Lang::En => format!(
            "Each year an account is made of the grant for wages, pension, holiday pay and contributions and of the granted and the used hours, once a year as agreed with the municipality. {} (BEK § 14; VEJ pkt. 99–100; KL 3.7).",
            account_maker(b, reader, lang)
        ),
    })
        .para(lang.say(
            "Tilskud til timer, der ikke er brugt, skal som udgangspunkt betales tilbage til kommunen. § 10-beløbet og tilskuddet til arbejdsgiveropgaven indgår ikke i afregningen (BEK § 15 stk. 1; VEJ pkt. 101–102).",
            "The grant for hours not used is as a rule paid back to the municipality. The § 10 amount and the employer-task subsidy are not part of the settlement (BEK § 15 stk. 1; VEJ pkt. 101–102).",
        ));
    let s = match reader {
        Reader::Citizen | Reader::Relative => s.para(lang.say(
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

/// The relative's own hours under SEL § 95 stk. 3, to the relative: not
/// employed, the grant pays the wage for them but no pension, holiday pay
/// or contributions (AST 26-17), and at most 48 hours a week unless the
/// municipality decides otherwise; transferred to an association or
/// company, the relative is employed like the other helpers and the limit
/// does not apply (SEL § 95 stk. 3–4; VEJ pkt. 16–18).
#[must_use]
pub fn relative_hours(f: &Facts, lang: Lang) -> Option<Section> {
    let r = f.relative?;
    let h = crate::report::number(
        r.own_care_per_week,
        crate::calc::dp_for(r.own_care_per_week),
        lang,
    );
    let title = lang.say(
        "Dine egne timer som nærtstående (SEL § 95 stk. 3)",
        "Your own hours as the relative (SEL § 95 stk. 3)",
    );
    if r.employed {
        let org = crate::report::employer_name(f.employer, lang);
        return Some(Section::new(title).para(pick(
            lang,
            format!(
                "Du passer selv borgeren {h} timer om ugen. Du har overført tilskuddet til arbejdsgiveren ({org}) og er ansat der som de øvrige hjælpere, så dine timer giver løn, pension og feriegodtgørelse, og der betales bidrag af dem. Grænsen på 48 timer om ugen for en nærtstående gælder derfor ikke; arbejdstidsreglerne gælder som for de øvrige hjælpere (SEL § 95 stk. 3–4; VEJ pkt. 16–18)."
            ),
            format!(
                "You care for the citizen yourself {h} hours a week. You have transferred the grant to the employer ({org}) and are employed there like the other helpers, so your hours carry wages, pension and holiday pay, and contributions are paid on them. The limit of 48 hours a week for a relative therefore does not apply; the working-time rules apply as for the other helpers (SEL § 95 stk. 3–4; VEJ pkt. 16–18)."
            ),
        )));
    }
    let limit = if r.special_decision {
        lang.say(
            "Som nærtstående kan du som udgangspunkt højst varetage pasningen i 48 timer om ugen; kommunen har i denne sag besluttet, at du kan varetage den i flere timer (SEL § 95 stk. 3).",
            "As the relative you may as a rule care for the citizen at most 48 hours a week; in this case the municipality has decided that you may care for more hours (SEL § 95 stk. 3).",
        )
    } else {
        lang.say(
            "Som nærtstående kan du højst varetage pasningen i 48 timer om ugen. Deles pasningen af flere nærtstående, der modtager tilskuddet, gælder grænsen jer tilsammen. Kun i særlige tilfælde kan kommunen beslutte, at det må være flere timer (SEL § 95 stk. 3).",
            "As the relative you may care for the citizen at most 48 hours a week. Where several relatives who receive the grant share the care, the limit is for all of you together. Only in special cases can the municipality decide to allow more hours (SEL § 95 stk. 3).",
        )
    };
    Some(
        Section::new(title)
            .para(pick(
                lang,
                format!(
                    "Du passer selv borgeren {h} timer om ugen. Du modtager tilskuddet og er ikke ansat som hjælper, så for dine egne timer dækker tilskuddet lønnen, men ikke pension og feriegodtgørelse, og der betales ikke ATP eller andre bidrag af dem. Pension, feriegodtgørelse og bidrag i budgettet gælder kun de ansatte hjælperes timer (AST 26-17)."
                ),
                format!(
                    "You care for the citizen yourself {h} hours a week. You receive the grant and are not employed as a helper, so for your own hours the grant covers the wage but not pension or holiday pay, and no ATP or other contributions are paid on them. Pension, holiday pay and contributions in the budget are for the employed helpers' hours only (AST 26-17)."
                ),
            ))
            .para(limit),
    )
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
            (Lang::Da, Reader::Citizen | Reader::Relative) => format!(
                " Hvis du har modtaget afgørelsen den {}, er fristen den {}.",
                date(got, lang),
                date(by, lang)
            ),
            (Lang::Da, Reader::Estate(_)) => format!(
                " Hvis afgørelsen er modtaget den {}, er fristen den {}.",
                date(got, lang),
                date(by, lang)
            ),
            (Lang::En, Reader::Citizen | Reader::Relative) => format!(
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
        Reader::Relative => Section::new(lang.say("Klagevejledning og handleplan", "How to complain; action plan"))
            .para(pick(
                lang,
                format!(
                    "Er du eller borgeren uenig i afgørelsen, kan I klage. Klagen sendes til {to} inden 4 uger efter, at afgørelsen er modtaget.{by} Klagen kan være mundtlig eller skriftlig. Kommunen vurderer afgørelsen igen, og giver kommunen ikke fuldt ud medhold, sender den klagen videre til Ankestyrelsen (forvaltningsloven § 25; KL 3.1)."
                ),
                format!(
                    "If you or the citizen disagree with the decision, you may complain. The complaint goes to {to} within 4 weeks of receiving the decision.{by} It may be oral or written. The municipality reconsiders the decision and, unless it agrees in full, sends the complaint on to Ankestyrelsen (forvaltningsloven § 25; KL 3.1)."
                ),
            ))
            .para(lang.say(
                "Kommunen tilbyder at udarbejde en handleplan sammen med borgeren for formålet med hjælpen og hvordan den gives (SEL § 141; KL 3.1).",
                "The municipality offers to draw up an action plan with the citizen on the purpose of the help and how it is given (SEL § 141; KL 3.1).",
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
