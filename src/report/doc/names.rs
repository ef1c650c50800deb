//! Names for the rate table's figures in the output language, from the
//! figure's path (`wage_scales.sosu_11.base_hourly` → "Grundløn pr. time"),
//! so no internal key reaches a citizen.

use crate::calc::hours::band_label;
use crate::case::Band;
use crate::report::Lang;

/// The name of a figure by its path; a path not known here gets a
/// general name rather than the key.
#[must_use]
pub fn figure(path: &str, lang: Lang) -> String {
    let parts: Vec<&str> = path.split('.').collect();
    let say = |da: &'static str, en: &'static str| lang.say(da, en).to_string();
    match parts.as_slice() {
        ["wage_scales", _, "supplements", band] => by_band(
            lang.say("Tidsbestemt tillæg", "Working-time supplement"),
            band,
            lang,
        ),
        ["wage_scales", _, "base_hourly", group] => format!(
            "{}, {} {}",
            lang.say("Grundløn pr. time", "Base wage per hour"),
            lang.say("områdetillægsgruppe", "area group"),
            group.trim_start_matches("group_")
        ),
        ["wage_scales", _, "windows"] => say(
            "Tidsrum for arbejdstidsbestemte tillæg",
            "Windows of the working-time supplements",
        ),
        ["wage_scales", _, "supplements"] => say("Tidsbestemt tillæg", "Working-time supplement"),
        ["wage_scales", _, key] => match *key {
            "base_hourly" => say("Grundløn pr. time", "Base wage per hour"),
            "pension_time_supplements_pct" => say(
                "Pension af tidsbestemte tillæg, pct.",
                "Pension on working-time supplements, percent",
            ),
            "pension_pct" => say("Arbejdsmarkedspension, pct.", "Pension, percent"),
            "holiday_pct" => say("Feriegodtgørelse, pct.", "Holiday pay, percent"),
            "standby_pct" => say(
                "Rådighedstimer, pct. af grundløn",
                "Standby hours, percent of base wage",
            ),
            _ => say("Lønsats", "Wage figure"),
        },
        ["week_profile"] => say(
            "Ugeprofil: en uges døgndækning fordelt på tidsrum",
            "Week profile: a week of 24-hour cover by band",
        ),
        ["week_profile", band] => by_band(lang.say("Ugeprofil", "Week profile"), band, lang),
        ["contributions", name, ..] => contribution(name, lang),
        ["employer_tasks", key] => match *key {
            "ac_hourly" => say(
                "Timeløn, akademisk medarbejder (AC)",
                "Hourly wage, graduate staff (AC)",
            ),
            "hk_hourly" => say(
                "Timeløn, administrativ medarbejder (HK)",
                "Hourly wage, clerical staff (HK)",
            ),
            "ac_share_pct" => say("AC-andel af tiden, pct.", "AC share of the time, percent"),
            "index_factor" => say("Pris- og lønfremskrivning", "Price and wage index"),
            _ => say("Arbejdsgiveropgaven", "Employer tasks"),
        },
        ["employer_tasks", "substitute_cover", _] => say(
            "Tid til at sikre vikardækning (BEK § 8 nr. 4)",
            "Time for substitute cover (BEK § 8 nr. 4)",
        ),
        ["employer_tasks", "office", _] => say(
            "Tid til regnskab, ledelse og kontorhold (BEK § 8 nr. 6)",
            "Time for accounts, management and office (BEK § 8 nr. 6)",
        ),
        ["service_level" | "override", key] => service_level(key, lang),
        ["admin", "pct"] => say(
            "Arbejdsgiveropgaven, pct. af lønudgiften",
            "Employer tasks, percent of wage costs",
        ),
        ["admin", "per_hour"] => say("Arbejdsgiveropgaven pr. time", "Employer tasks per hour"),
        ["admin", "amount"] => say(
            "Arbejdsgiveropgaven, fast beløb",
            "Employer tasks, fixed amount",
        ),
        ["other_costs", "amount"] => service_level("other_costs", lang),
        _ => say("Sats", "Rate"),
    }
}

/// A figure named by its band: "Ugeprofil, lørdag".
fn by_band(name: &str, band: &str, lang: Lang) -> String {
    match Band::ALL.into_iter().find(|b| b.key() == band) {
        Some(b) => format!("{name}, {}", lang.pick(&band_label(b))),
        None => name.to_string(),
    }
}

/// The name of a statutory contribution's rate.
fn contribution(name: &str, lang: Lang) -> String {
    let (da, en) = match name {
        "atp" => ("ATP-bidrag pr. måned", "ATP per month"),
        "aub" => ("AUB-bidrag pr. årsværk", "AUB per full-time equivalent"),
        "aes" => ("AES-bidrag pr. årsværk", "AES per full-time equivalent"),
        "afu" => ("AFU-bidrag pr. årsværk", "AFU per full-time equivalent"),
        "fib" => (
            "Finansieringsbidrag pr. årsværk pr. kvartal",
            "FIB per full-time equivalent per quarter",
        ),
        "barsel" => (
            "Barsel.dk-bidrag pr. årsværk",
            "Barsel.dk per full-time equivalent",
        ),
        "praktik_aub" => (
            "Praktikplads-AUB pr. faglært hjælper",
            "Internship AUB per skilled helper",
        ),
        _ => ("Lovpligtigt bidrag", "Statutory contribution"),
    };
    lang.say(da, en).to_string()
}

/// The name of a service-level choice (SPEC 1, VEJ pkt. 61).
#[must_use]
pub fn service_level(key: &str, lang: Lang) -> String {
    let (da, en) = match key {
        "wage_scale" => ("Lønskala", "Wage scale"),
        "area_group" => ("Områdetillægsgruppe", "Area group (områdetillægsgruppe)"),
        "admin_model" => ("Model for arbejdsgiveropgaven", "Employer-task model"),
        "general_supplement_pct" => (
            "Generelle tillæg, pct. af grundløn",
            "General supplements, percent of base wage",
        ),
        "weeks_per_year" => ("Uger pr. år", "Weeks per year"),
        "mus_hours" => (
            "MUS-timer pr. hjælper pr. år",
            "Appraisal hours per helper per year",
        ),
        "staff_meeting_hours" => (
            "Personalemødetimer pr. hjælper pr. år",
            "Staff-meeting hours per helper per year",
        ),
        "standby_pct" => (
            "Rådighedstimer, pct. af grundløn",
            "Standby hours, percent of base wage",
        ),
        "admin_pct" => (
            "Arbejdsgiveropgaven, pct. af lønudgiften",
            "Employer tasks, percent of wage costs",
        ),
        "admin_per_hour" => ("Arbejdsgiveropgaven pr. time", "Employer tasks per hour"),
        "payroll_per_payslip" => ("Lønadministration pr. lønseddel", "Payroll per payslip"),
        "other_costs" => (
            "Andre udgifter ved at have hjælpere (§ 10-beløb) pr. år",
            "Other costs of having helpers (§ 10 amount) per year",
        ),
        "cap_hourly" => ("Loft pr. time", "Cap per hour"),
        "respirator_region_pct" => (
            "Regionens andel ved respirator, pct.",
            "The region's share with a respirator, percent",
        ),
        _ => ("Serviceniveau", "Service level"),
    };
    lang.say(da, en).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_get_names_not_keys() {
        assert_eq!(
            figure("wage_scales.sosu_11.base_hourly", Lang::Da),
            "Grundløn pr. time"
        );
        assert_eq!(
            figure("wage_scales.sosu_11.supplements.weekday_night", Lang::Da),
            "Tidsbestemt tillæg, hverdage nat"
        );
        assert_eq!(
            figure("admin.per_hour", Lang::Da),
            "Arbejdsgiveropgaven pr. time"
        );
        assert_eq!(service_level("cap_hourly", Lang::Da), "Loft pr. time");
        assert_eq!(figure("something.new", Lang::Da), "Sats");
        assert_eq!(service_level("something_new", Lang::Da), "Serviceniveau");
    }
}
