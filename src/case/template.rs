//! `bpa init`: a commented case file with every key, its meaning and its
//! legal ground, ready to fill in. The active values make a valid case;
//! optional tables that change the calculation are commented out.

use super::Scheme;

/// The JSON Schema a template points an editor at by default: the file
/// `bpa schema case` writes, beside the case file.
pub const SCHEMA_FILE: &str = "./bpa-case.schema.json";

/// The template for a scheme, for the given grant year: Taplo's `#:schema`
/// directive first (it must head the file), then the tables in order, a
/// blank line between.
#[must_use]
pub fn case_template(scheme: Scheme, year: u16, schema: &str) -> String {
    let (title, ..) = scheme_words(scheme);
    let mut tables = vec![
        directive(schema) + &intro(title),
        head(scheme, year),
        NEED.to_string(),
        SCHEDULE.to_string(),
        DEDUCT.to_string(),
        extra(scheme),
    ];
    match scheme {
        Scheme::Bpa => tables.push(ADMIN.to_string()),
        Scheme::Kt => {}
        Scheme::KtRelative => tables.push(RELATIVE.to_string()),
    }
    tables.extend([OTHER_COSTS, OFFSETS, RESPIRATOR, PREVIOUS, DECISION].map(String::from));
    tables.push(settlement(scheme, year));
    tables.push(OVERRIDE.to_string());
    tables.join("\n")
}

/// The scheme's title and legal ground, the case number's prefix, the
/// employer it starts with and what the employer may be (SEL §§ 95–96).
fn scheme_words(scheme: Scheme) -> (&'static str, &'static str, &'static str, &'static str) {
    match scheme {
        Scheme::Bpa => (
            "Borgerstyret personlig assistance (BPA), SEL § 96",
            "BPA",
            "company",
            "\"citizen\" | \"association\" | \"company\" (SEL § 96 stk. 2–3; an association or company gets the employer-task subsidy, BEK § 8)",
        ),
        Scheme::Kt => (
            "Kontant tilskud til ansættelse af hjælpere (KT), SEL § 95 stk. 2",
            "KT",
            "citizen",
            "\"citizen\" | \"association\" | \"company\" (SEL § 95 stk. 4)",
        ),
        Scheme::KtRelative => (
            "Kontant tilskud udbetalt til en nærtstående, SEL § 95 stk. 3",
            "KT",
            "relative",
            "\"relative\": the relative receives the grant and employs the helpers (SEL § 95 stk. 3)",
        ),
    }
}

/// Taplo's schema directive (Even Better TOML and other editors built on
/// Taplo read it) and how to get the schema it names.
fn directive(schema: &str) -> String {
    format!(
        "#:schema {schema}
# The line above gives an editor that understands TOML (Taplo, Even Better
# TOML) completion, each key's meaning and a mark under a wrong key or value.
# Write the schema it names with `bpa schema case > bpa-case.schema.json`.
#
"
    )
}

/// The file's title and how to read it, with the legal references' abbreviations.
fn intro(title: &str) -> String {
    format!(
        "# {title}
#
# A case file for `bpa calc`. Hours are per week unless a key says per year;
# amounts are kroner per year. A key left out means zero or the municipality's
# service level. Legal references: SEL serviceloven, BEK bekendtgørelse
# 1069/2020, VEJ vejledning 10325/2017 (point), KL KL's guidance (2022).
"
    )
}

/// The top-level keys: case number, grant year (BEK § 3 stk. 1), scheme,
/// employer, payroll and the case's own rate table.
fn head(scheme: Scheme, year: u16) -> String {
    let (_, id, employer, employer_note) = scheme_words(scheme);
    [
        key_line(&format!("id = \"{id}-{year}-0001\""), "the case number: shown in every output"),
        key_line(&format!("year = {year}"), "grant year: selects the rate table (BEK § 3 stk. 1)"),
        key_line(
            &format!("scheme = \"{}\"", scheme.key()),
            "\"bpa\" (SEL § 96) | \"kt\" (SEL § 95 stk. 2) | \"kt-relative\" (SEL § 95 stk. 3)",
        ),
        key_line(&format!("employer = \"{employer}\""), employer_note),
        payroll(employer),
        "# rates = \"kommune-2025.toml\"   # optional: the case's own rate table, relative to this file (else the embedded year; --rates wins)\n".to_string(),
    ]
    .concat()
}

/// Who runs the payroll (SEL § 95 stk. 5, § 96 stk. 4): asked only of a
/// citizen or relative employer.
fn payroll(employer: &str) -> String {
    if employer == "company" {
        "# payroll: only for a citizen or relative employer (this employer does its own payroll)\n"
            .to_string()
    } else {
        "payroll = \"municipality\"     # \"municipality\" (SEL § 95 stk. 5, § 96 stk. 4) | \"own\": who runs the payroll\n".to_string()
    }
}

/// `key = value` with its comment in the template's comment column.
fn key_line(assignment: &str, comment: &str) -> String {
    format!("{assignment:<29} # {comment}\n")
}

/// `[need]`: the assessed need, hours per week by band (VEJ pkt. 28).
const NEED: &str =
    "[need]                        # the assessed need, hours per week by time band (VEJ pkt. 28)
weekday_day = 30.0            # Monday–Friday 06–17
weekday_evening = 10.0        # Monday–Friday 17–23
weekday_night = 0.0           # Monday–Friday 23–06 (a waking helper; a sleeping one is standby)
saturday = 5.0
sunday_holiday = 5.0          # Sundays and public holidays
";

/// `[[schedule]]`, commented out: the need as a schedule on the year's calendar.
const SCHEDULE: &str =
    "# Instead of [need], a schedule laid on the grant year's calendar and split into
# bands by the wage scale's working-time agreement (holidays included):
# [[schedule]]
# days = [\"weekdays\"]         # \"mon\" … \"sun\", \"weekdays\", \"weekend\" or \"daily\"
# from = \"07:00\"              # quarter hours
# to = \"15:00\"                # at or before `from`: runs past midnight
# helpers = 1                 # helpers at once
";

/// `[deduct]`: hours covered by other help (SEL §§ 83–84).
const DEDUCT: &str = "[deduct]                      # hours a week covered by other help, same bands (SEL § 83 home care, § 84 relief)
weekday_day = 0.0
";

/// The yearly additions (BEK § 1 stk. 2; VEJ pkt. 29, 67–68; KL tabel 4);
/// a relative employer is not one of the helpers.
fn extra(scheme: Scheme) -> String {
    let helpers_note = if scheme == Scheme::KtRelative {
        ", not counting the relative"
    } else {
        ""
    };
    format!(
        "[extra]                       # yearly additions (BEK § 1 stk. 2; VEJ pkt. 29, 67–68; KL tabel 4)
helpers = 2                   # employed helpers expected{helpers_note}: meetings, ATP and FTE depend on it
new_helpers = 1               # expected new hires per year
training_hours_per_new_helper = 15.0   # double cover while a new helper is trained
course_hours_per_new_helper = 0.0      # courses such as lifting technique
full_cover_weeks = 0          # weeks with 24-hour cover in place of the ordinary week (holidays, weekend stays; VEJ pkt. 68)
double_cover_weeks = 0        # weeks with a second helper around the clock on top of the ordinary need (VEJ pkt. 28, 68)
double_cover_hours = 0.0      # other yearly hours with two helpers at once (VEJ pkt. 28)
pool_hours = 0.0              # puljetimer: a yearly pool for trips, courses etc.
standby_hours_per_week = 0.0  # rådighedstimer: special cases only, never supervision (BEK § 5 stk. 3)
skilled_helpers = 0           # helpers with a vocational education: praktikplads-AUB (KL 3.4.3)
"
    )
}

/// `[admin]`, BPA only: the employer-task subsidy (BEK § 8; KL 3.4.4–3.4.5).
const ADMIN: &str = "[admin]                       # employer-task subsidy for an association or company (BEK § 8; KL 3.4.4–3.4.5)
model = \"tasks\"               # \"tasks\" (KL bilag 1 catalogue) | \"overhead\" | \"per_hour\" | \"amount\"
new_or_insecure = false       # tasks: a new or insecure citizen (KL bilag 1 tabel 8–9)
transfer_year = 1             # tasks: 1 = first year with this employer, 2, 3 = later years
# pct = 6.0                   # overhead: percent of wages, pension, holiday pay and contributions
# per_hour = 5.0              # per_hour: kroner per grant hour (SM 2021: to be assessed per case)
# amount = 0.0                # amount: kroner per year from the employer's budget
";

/// `[relative]`, KT paid to a relative only (SEL § 95 stk. 3).
const RELATIVE: &str = "[relative]                    # the relative who receives the grant (SEL § 95 stk. 3)
own_care_hours_per_week = 20.0   # hours a week the relative cares personally: wages, no pension or holiday pay (AST 26-17)
special_decision = false         # true: the municipality has allowed more than 48 hours a week (SEL § 95 stk. 3)
";

/// `[other_costs]`, commented out: the § 10 amount (BEK § 10, VEJ pkt. 91–92).
const OTHER_COSTS: &str = "# [other_costs]               # BEK § 10, VEJ pkt. 91–92: paid to the citizen, no accounts required
# amount = 6000.0             # kroner per year; left out: the service level's amount
";

/// `[offsets]`: amounts counted against the need (VEJ pkt. 37).
const OFFSETS: &str = "[offsets]                     # amounts counted against the need
care_allowance = 0.0          # bistands- or plejetillæg covering the same need, kroner per year (VEJ pkt. 37)
";

/// `[respirator]`, commented out: a joint scheme with the region (KL 3.3.3).
const RESPIRATOR: &str = "# [respirator]                # a joint scheme with the region (KL 3.3.3)
# region_pct = 67.0           # the region's share in percent
";

/// `[previous]`, commented out: the last decision (SEL § 3 a).
const PREVIOUS: &str =
    "# [previous]                  # the last decision: a fall needs 14 weeks' notice (SEL § 3 a)
# annual_total = 0.0          # the grant per year last decided, kroner
# grant_hours = 0.0           # the grant hours per year last decided
# weekly_need = 0.0           # the need after deductions, hours per week, last decided
";

/// `[decision]`, commented out: the decision's date.
const DECISION: &str = "# [decision]                  # the decision this budget belongs to (bpa calc --format html)
# date = 2025-02-10           # the day the citizen receives it: the 14 weeks' notice and 4 weeks to complain run from it
";

/// `[settlement]`, commented out: the yearly account (BEK §§ 14–15), and
/// the used-hours file `bpa settle` reads beside the case, for the scheme:
/// with a relative recipient who is not employed, the relative's own hours
/// apart (SEL § 95 stk. 3; AST 26-17).
fn settlement(scheme: Scheme, year: u16) -> String {
    let relative = scheme == Scheme::KtRelative;
    let hours = if relative {
        "the employed helpers' hours used by band, and standby"
    } else {
        "hours used in the year by band, and standby hours"
    };
    let mut s = format!(
        "# [settlement]                # the yearly account (bpa settle; BEK §§ 14–15)
# carry_over = false          # true: unused hours are carried to next year by agreement (BEK § 15 stk. 2)
#
# The used-hours file, NAME.used.toml beside NAME.toml, for
# `bpa settle NAME.toml --used NAME.used.toml` and `bpa batch --settle`:
#
#   year = {year}
#   [hours]                   # {hours}
#   weekday_day = 0.0
#   weekday_evening = 0.0
#   weekday_night = 0.0
#   saturday = 0.0
#   sunday_holiday = 0.0
#   standby = 0.0
"
    );
    if relative {
        s.push_str(
            "#   [relative]                # employer = \"relative\": the relative's own hours by band,
#   weekday_day = 0.0         # valued at the wage alone (AST 26-17); with a transferred
#   weekday_evening = 0.0     # grant the relative is a helper: no [relative]
#   weekday_night = 0.0
#   saturday = 0.0
#   sunday_holiday = 0.0
",
        );
    }
    s.push_str(
        "#   [after_invoice]           # costs invoiced in the year, kroner (BEK § 4 stk. 2)
#   sick_pay = 0.0            # sick_pay, child_sick_days, insurance, maternity, courses, work_environment
",
    );
    s
}

/// `[override]`, commented out: the case's deviations (VEJ pkt. 61).
const OVERRIDE: &str =
    "# [override]                  # this case's deviations from the service level (VEJ pkt. 61)
# general_supplement_pct = 3.5   # any service_level key; each is shown as a deviation
# cap_hourly = 260.0             # the municipality's cap per hour (BEK § 3 stk. 4)
";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Case;
    use crate::error::Source;
    use crate::rates::Rates;

    #[test]
    fn every_template_is_a_valid_case_that_calculates() {
        for scheme in [Scheme::Bpa, Scheme::Kt, Scheme::KtRelative] {
            let text = case_template(scheme, 2025, SCHEMA_FILE);
            let case = Case::parse(Source {
                name: format!("init-{}.toml", scheme.key()),
                text,
            })
            .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(case.file.scheme, scheme);
            let rates = Rates::embedded(2025).unwrap_or_else(|e| panic!("{e}"));
            let b = crate::calculate(&case, &rates).unwrap_or_else(|e| panic!("{e}"));
            // 50 h a week × 52 weeks + 15 h training + meetings for 2 helpers (2 × 1.5 + 2 × 6)
            assert_eq!(b.hours.total, rust_decimal::Decimal::from(2600 + 15 + 15));
        }
    }
}
