//! The cost sections of the budget beyond the wages: statutory
//! contributions and those the employer does not pay (SPEC 5), the
//! employer-task subsidy (SPEC 6), special costs (VEJ pkt. 59, 68, 73) and
//! other costs and offsets (BEK § 10; VEJ pkt. 37).

use super::Section;
use super::lines::lines_section;
use crate::budget::Budget;
use crate::calc::Line;
use crate::report::{Lang, admin_model_name, employer_name, number};

/// The statutory contributions (BEK § 5 stk. 5; KL 3.4.3) and the
/// full-time equivalents they are counted from.
#[must_use]
pub fn contributions_section(b: &Budget, lang: Lang) -> Section {
    let c = &b.contributions;
    let section = lines_section(
        lang.say("Lovpligtige bidrag", "Statutory contributions"),
        &c.lines,
        (
            lang.say("Lovpligtige bidrag i alt", "Statutory contributions in all"),
            c.total,
        ),
        false,
        lang,
    )
    .para(match lang {
        Lang::Da => format!(
            "Årsværk (fuldtidsansatte): {}. Bidragene afhænger af, hvor mange fuldtidsansatte hjælpernes timer svarer til. Det tal findes, som Samlet Betaling gør: årets ATP-bidrag delt med ATP-bidraget for en fuldtidsansat i 12 måneder. Det afrundes ikke, før det bruges.",
            number(c.fte, 2, lang)
        ),
        Lang::En => format!(
            "Full-time equivalents: {}. The contributions depend on how many full-time employees the helpers' hours amount to. That number is found as Samlet Betaling finds it: the year's ATP divided by 12 months' ATP for one full-time employee. It is not rounded before use.",
            number(c.fte, 2, lang)
        ),
    });
    c.excluded
        .iter()
        .fold(section, |s, x| s.para(excluded(x, b.employer, lang)))
}

/// A contribution this employer does not pay, and why (SPEC 5; BEK § 3 stk. 3).
fn excluded(
    x: &crate::calc::contributions::Excluded,
    e: crate::case::Employer,
    lang: Lang,
) -> String {
    let name = lang.pick(&x.name);
    let who = employer_name(e, lang);
    match (&x.applies_when, lang) {
        (Some(w), Lang::Da) => format!(
            "{name} indgår ikke: det betales kun af arbejdsgivere, der er {}, og det er {who} som arbejdsgiver ikke (BEK § 3 stk. 3).",
            w.da
        ),
        (Some(w), Lang::En) => format!(
            "{name} is not included: only employers {} pay it, and {who} as employer is not (BEK § 3 stk. 3).",
            w.en
        ),
        (None, Lang::Da) => format!(
            "{name} indgår ikke: satstabellen lader det gælde for andre arbejdsgivere end {who} (BEK § 3 stk. 3)."
        ),
        (None, Lang::En) => format!(
            "{name} is not included: the rate table applies it to employers other than {who} (BEK § 3 stk. 3)."
        ),
    }
}

/// The employer-task subsidy by its model, or why there is none (BEK § 8);
/// `decided` leaves out the lines the rate table sets no figure for (0 kr.
/// until set: the citizen's attachment states what is decided).
#[must_use]
pub fn employer_tasks_section(b: &Budget, decided: bool, lang: Lang) -> Section {
    let et = &b.employer_tasks;
    let lines: Vec<Line> = et
        .lines
        .iter()
        .filter(|l| !(decided && l.unset))
        .cloned()
        .collect();
    let et_title = lang.say("Tilskud til arbejdsgiveropgaven", "Employer-task subsidy");
    match et.model {
        Some(model) => lines_section(
            &format!(
                "{et_title} ({}: {})",
                lang.say("model", "model"),
                admin_model_name(model, lang)
            ),
            &lines,
            (
                lang.say("Arbejdsgiveropgaven i alt", "Employer tasks in all"),
                et.total,
            ),
            false,
            lang,
        ),
        None => Section::new(et_title).para(lang.say(
            "Ikke relevant: borgeren eller en nærtstående er arbejdsgiver og aflønnes ikke for arbejdsgiveropgaven (BEK § 8).",
            "Not applicable: the citizen or a relative is employer and is not paid for employer tasks (BEK § 8).",
        )),
    }
}

/// Special costs of substitute cover and supervision and VAT on the
/// provider's services (VEJ pkt. 59, 68, 73), when the case has any.
#[must_use]
pub fn special_costs_section(b: &Budget, lang: Lang) -> Option<Section> {
    let s = &b.special_costs;
    (!s.lines.is_empty()).then(|| {
        lines_section(
            lang.say("Særlige udgifter", "Special costs"),
            &s.lines,
            (
                lang.say("Særlige udgifter i alt", "Special costs in all"),
                s.total,
            ),
            false,
            lang,
        )
    })
}

/// Other costs and offsets, the § 10 amount among them (BEK § 10).
#[must_use]
pub fn other_costs_section(b: &Budget, lang: Lang) -> Section {
    lines_section(
        lang.say("Andre udgifter og modregning", "Other costs and offsets"),
        &b.other_costs.lines,
        (lang.say("I alt", "In all"), b.other_costs.total),
        false,
        lang,
    )
}
