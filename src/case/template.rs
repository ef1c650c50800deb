//! `bpa init`: a commented case file with every key, its meaning and its
//! legal ground, ready to fill in, in Danish or in English. The active
//! values make a valid case; optional tables that change the calculation
//! are commented out.

use super::Scheme;

/// Danish or English comments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Words {
    Da,
    En,
}

impl Words {
    fn say(self, da: &'static str, en: &'static str) -> &'static str {
        match self {
            Words::Da => da,
            Words::En => en,
        }
    }
}

/// The JSON Schema a template points an editor at by default: the file
/// `bpa schema case` writes, beside the case file.
pub const SCHEMA_FILE: &str = "./bpa-case.schema.json";

/// The template for a scheme, for the given grant year: Taplo's `#:schema`
/// directive first (it must head the file), then the tables in order, a
/// blank line between.
#[must_use]
pub fn case_template(scheme: Scheme, year: u16, schema: &str, w: Words) -> String {
    let mut tables = vec![
        directive(schema, w) + &intro(scheme, w),
        head(scheme, year, w),
        need(w).to_string(),
        schedule(w).to_string(),
        deduct(w).to_string(),
        extra(scheme, w),
    ];
    match scheme {
        Scheme::Bpa => tables.push(admin(w).to_string()),
        Scheme::Kt => {}
        Scheme::KtRelative => tables.push(relative(w).to_string()),
    }
    tables.extend([
        special_costs(w),
        provider(w),
        other_costs(w),
        offsets(w),
        respirator(w),
        period(year, w),
        previous(w),
        decision(year, w),
        pause(year, w),
    ]);
    tables.push(settlement(scheme, year, w));
    tables.push(overrides(w).to_string());
    tables.join("\n")
}

/// The scheme's title and legal ground, the case number's prefix, the
/// employer it starts with and what the employer may be (SEL §§ 95–96).
fn scheme_words(
    scheme: Scheme,
    w: Words,
) -> (&'static str, &'static str, &'static str, &'static str) {
    match scheme {
        Scheme::Bpa => (
            "Borgerstyret personlig assistance (BPA), SEL § 96",
            "BPA",
            "company",
            w.say(
                "\"citizen\" | \"association\" | \"company\" (SEL § 96 stk. 2–3; en forening eller virksomhed får tilskud til arbejdsgiveropgaven, BEK § 8)",
                "\"citizen\" | \"association\" | \"company\" (SEL § 96 stk. 2–3; an association or company gets the employer-task subsidy, BEK § 8)",
            ),
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
            w.say(
                "\"relative\": den nærtstående får tilskuddet og ansætter hjælperne (SEL § 95 stk. 3) | \"association\" | \"company\": den nærtstående har overdraget tilskuddet og er ansat dér (VEJ pkt. 16–18)",
                "\"relative\": the relative receives the grant and employs the helpers (SEL § 95 stk. 3) | \"association\" | \"company\": the relative has transferred the grant and is employed there (VEJ pkt. 16–18)",
            ),
        ),
    }
}

/// Taplo's schema directive (Even Better TOML and other editors built on
/// Taplo read it) and how to get the schema it names.
fn directive(schema: &str, w: Words) -> String {
    let how = w.say(
        "# Linjen ovenfor giver en editor, der forstår TOML (Taplo, Even Better TOML),
# fuldførelse, hver nøgles betydning og en markering under en forkert nøgle
# eller værdi. Skriv skemaet, den peger på, med `bpa schema case > bpa-case.schema.json`.
#
",
        "# The line above gives an editor that understands TOML (Taplo, Even Better
# TOML) completion, each key's meaning and a mark under a wrong key or value.
# Write the schema it names with `bpa schema case > bpa-case.schema.json`.
#
",
    );
    format!(
        "#:schema {schema}
{how}"
    )
}

/// The file's title and how to read it, with the legal references' abbreviations.
fn intro(scheme: Scheme, w: Words) -> String {
    let (title, ..) = scheme_words(scheme, w);
    let how = w.say(
        "# En sagsfil til `bpa calc`. Timer er pr. uge, medmindre nøglen siger pr. år;
# beløb er kroner pr. år. En nøgle, der er udeladt, betyder nul eller kommunens
# serviceniveau. Hjemmel: SEL serviceloven, BEK bekendtgørelse 1069/2020,
# VEJ vejledning 10325/2017 (punkt), KL KL's vejledning (2022).
",
        "# A case file for `bpa calc`. Hours are per week unless a key says per year;
# amounts are kroner per year. A key left out means zero or the municipality's
# service level. Legal references: SEL serviceloven, BEK bekendtgørelse
# 1069/2020, VEJ vejledning 10325/2017 (point), KL KL's guidance (2022).
",
    );
    format!("# {title}\n#\n{how}")
}

/// The top-level keys: case number, grant year (BEK § 3 stk. 1), scheme,
/// employer, payroll and the case's own rate table.
fn head(scheme: Scheme, year: u16, w: Words) -> String {
    let (_, id, employer, employer_note) = scheme_words(scheme, w);
    [
        key_line(
            &format!("id = \"{id}-{year}-0001\""),
            w.say("sagsnummeret: vises i alt output", "the case number: shown in every output"),
        ),
        key_line(
            &format!("year = {year}"),
            w.say(
                "bevillingsåret: vælger satstabellen (BEK § 3 stk. 1)",
                "grant year: selects the rate table (BEK § 3 stk. 1)",
            ),
        ),
        key_line(
            &format!("scheme = \"{}\"", scheme.key()),
            "\"bpa\" (SEL § 96) | \"kt\" (SEL § 95 stk. 2) | \"kt-relative\" (SEL § 95 stk. 3)",
        ),
        key_line(&format!("employer = \"{employer}\""), employer_note),
        payroll(employer, w).to_string(),
        w.say(
            "# rates = \"kommune-2025.toml\"   # valgfri: sagens egen satstabel, i forhold til denne fil (ellers det indbyggede år; --rates går forud)\n",
            "# rates = \"kommune-2025.toml\"   # optional: the case's own rate table, relative to this file (else the embedded year; --rates wins)\n",
        )
        .to_string(),
    ]
    .concat()
}

/// Who runs the payroll (SEL § 95 stk. 5, § 96 stk. 4): asked only of a
/// citizen or relative employer.
fn payroll(employer: &str, w: Words) -> &'static str {
    if employer == "company" {
        w.say(
            "# payroll: kun for en borger eller nærtstående som arbejdsgiver (denne arbejdsgiver har sin egen lønadministration)\n",
            "# payroll: only for a citizen or relative employer (this employer does its own payroll)\n",
        )
    } else {
        w.say(
            "payroll = \"municipality\"     # \"municipality\" (SEL § 95 stk. 5, § 96 stk. 4) | \"own\": hvem der står for lønudbetalingen\n",
            "payroll = \"municipality\"     # \"municipality\" (SEL § 95 stk. 5, § 96 stk. 4) | \"own\": who runs the payroll\n",
        )
    }
}

/// `key = value` with its comment in the template's comment column.
fn key_line(assignment: &str, comment: &str) -> String {
    format!("{assignment:<29} # {comment}\n")
}

/// `[need]`: the assessed need, hours per week by band (VEJ pkt. 28).
fn need(w: Words) -> &'static str {
    w.say(
        "[need]                        # det vurderede behov, timer pr. uge pr. tidsrum (VEJ pkt. 28)
weekday_day = 30.0            # mandag–fredag 06–17
weekday_evening = 10.0        # mandag–fredag 17–23
weekday_night = 0.0           # mandag–fredag 23–06 (en vågen hjælper; en sovende er rådighed)
saturday = 5.0
sunday_holiday = 5.0          # søn- og helligdage
",
        "[need]                        # the assessed need, hours per week by time band (VEJ pkt. 28)
weekday_day = 30.0            # Monday–Friday 06–17
weekday_evening = 10.0        # Monday–Friday 17–23
weekday_night = 0.0           # Monday–Friday 23–06 (a waking helper; a sleeping one is standby)
saturday = 5.0
sunday_holiday = 5.0          # Sundays and public holidays
",
    )
}

/// `[[schedule]]`, commented out: the need as a schedule on the year's calendar.
fn schedule(w: Words) -> &'static str {
    w.say(
        "# I stedet for [need] et vagtskema, lagt på bevillingsårets kalender og delt i
# tidsrum efter lønskalaens arbejdstidsregler (helligdage medregnet):
# [[schedule]]
# days = [\"weekdays\"]         # \"mon\" … \"sun\", \"weekdays\", \"weekend\" eller \"daily\"
# from = \"07:00\"              # kvarte timer
# to = \"15:00\"                # før eller lig med `from`: går over midnat
# helpers = 1                 # hjælpere på samme tid
",
        "# Instead of [need], a schedule laid on the grant year's calendar and split into
# bands by the wage scale's working-time agreement (holidays included):
# [[schedule]]
# days = [\"weekdays\"]         # \"mon\" … \"sun\", \"weekdays\", \"weekend\" or \"daily\"
# from = \"07:00\"              # quarter hours
# to = \"15:00\"                # at or before `from`: runs past midnight
# helpers = 1                 # helpers at once
",
    )
}

/// `[deduct]`: hours covered by other help (SEL §§ 83–84).
fn deduct(w: Words) -> &'static str {
    w.say(
        "[deduct]                      # timer om ugen, som anden hjælp dækker, samme tidsrum (SEL § 83 hjemmehjælp, § 84 aflastning)
weekday_day = 0.0
",
        "[deduct]                      # hours a week covered by other help, same bands (SEL § 83 home care, § 84 relief)
weekday_day = 0.0
",
    )
}

/// The yearly additions (BEK § 1 stk. 2; VEJ pkt. 29, 67–68; KL tabel 4);
/// a relative employer is not one of the helpers.
fn extra(scheme: Scheme, w: Words) -> String {
    let relative = scheme == Scheme::KtRelative;
    let helpers_note = match (w, relative) {
        (Words::Da, true) => {
            "
                              # employer = \"relative\": ikke den nærtstående, der ikke er ansat (AST 26-17);
                              # efter en overdragelse er den nærtstående ansat og tælles med (VEJ pkt. 16–18)"
        }
        (Words::En, true) => {
            "
                              # employer = \"relative\": not the relative, who is not employed (AST 26-17);
                              # after a transfer the relative is employed and counts (VEJ pkt. 16–18)"
        }
        _ => "",
    };
    match w {
        Words::Da => format!(
            "[extra]                       # tillæg pr. år (BEK § 1 stk. 2; VEJ pkt. 29, 67–68; KL tabel 4)
helpers = 2                   # de ansatte hjælpere, forventet: møder, ATP og årsværk afhænger af det{helpers_note}
new_helpers = 1               # forventede nyansættelser pr. år
training_hours_per_new_helper = 15.0   # dobbeltbemanding, mens en ny hjælper oplæres
course_hours_per_new_helper = 0.0      # kurser, fx i forflytning
full_cover_weeks = 0          # uger med døgndækning i stedet for den almindelige uge (ferie, weekendophold; VEJ pkt. 68)
double_cover_weeks = 0        # uger med en ekstra hjælper døgnet rundt oven i det almindelige behov (VEJ pkt. 28, 68)
double_cover_hours = 0.0      # andre timer pr. år med to hjælpere samtidig (VEJ pkt. 28)
pool_hours = 0.0              # puljetimer: en pulje pr. år til ture, kurser m.v.
standby_hours_per_week = 0.0  # rådighedstimer: kun i helt særlige tilfælde, aldrig overvågning (BEK § 5 stk. 3)
skilled_helpers = 0           # hjælpere med en erhvervsuddannelse: praktikplads-AUB (KL 3.4.3)
# substitute_hours = 0.0      # timer pr. år til særlig afløsning, fx en afløsers overlap (VEJ pkt. 73)
# supervision_hours = 0.0     # timer pr. år til supervision af hjælperne, hvor hjælpen ændres væsentligt (VEJ pkt. 68)
"
        ),
        Words::En => format!(
            "[extra]                       # yearly additions (BEK § 1 stk. 2; VEJ pkt. 29, 67–68; KL tabel 4)
helpers = 2                   # the employed helpers expected: meetings, ATP and FTE depend on it{helpers_note}
new_helpers = 1               # expected new hires per year
training_hours_per_new_helper = 15.0   # double cover while a new helper is trained
course_hours_per_new_helper = 0.0      # courses such as lifting technique
full_cover_weeks = 0          # weeks with 24-hour cover in place of the ordinary week (holidays, weekend stays; VEJ pkt. 68)
double_cover_weeks = 0        # weeks with a second helper around the clock on top of the ordinary need (VEJ pkt. 28, 68)
double_cover_hours = 0.0      # other yearly hours with two helpers at once (VEJ pkt. 28)
pool_hours = 0.0              # puljetimer: a yearly pool for trips, courses etc.
standby_hours_per_week = 0.0  # rådighedstimer: special cases only, never supervision (BEK § 5 stk. 3)
skilled_helpers = 0           # helpers with a vocational education: praktikplads-AUB (KL 3.4.3)
# substitute_hours = 0.0      # yearly hours of special substitute cover, such as a substitute's overlap (VEJ pkt. 73)
# supervision_hours = 0.0     # yearly hours of the helpers' supervision where the help changes substantially (VEJ pkt. 68)
"
        ),
    }
}

/// `[admin]`, BPA only: the employer-task subsidy (BEK § 8; KL 3.4.4–3.4.5).
fn admin(w: Words) -> &'static str {
    w.say(
        "[admin]                       # tilskud til arbejdsgiveropgaven for en forening eller virksomhed (BEK § 8; KL 3.4.4–3.4.5)
model = \"tasks\"               # \"tasks\" (KL's opgavekatalog, bilag 1) | \"overhead\" | \"per_hour\" | \"amount\"
new_or_insecure = false       # tasks: en ny eller utryg borger (KL bilag 1 tabel 8–9)
transfer_year = 1             # tasks: 1 = første år med denne arbejdsgiver, 2, 3 = senere år
# pct = 6.0                   # overhead: procent af løn, pension, feriegodtgørelse og bidrag
# per_hour = 5.0              # per_hour: kroner pr. bevilget time (SM 2021: vurderes i den enkelte sag)
# amount = 0.0                # amount: kroner pr. år efter arbejdsgiverens budget
",
        "[admin]                       # employer-task subsidy for an association or company (BEK § 8; KL 3.4.4–3.4.5)
model = \"tasks\"               # \"tasks\" (KL bilag 1 catalogue) | \"overhead\" | \"per_hour\" | \"amount\"
new_or_insecure = false       # tasks: a new or insecure citizen (KL bilag 1 tabel 8–9)
transfer_year = 1             # tasks: 1 = first year with this employer, 2, 3 = later years
# pct = 6.0                   # overhead: percent of wages, pension, holiday pay and contributions
# per_hour = 5.0              # per_hour: kroner per grant hour (SM 2021: to be assessed per case)
# amount = 0.0                # amount: kroner per year from the employer's budget
",
    )
}

/// `[relative]`, KT paid to a relative only (SEL § 95 stk. 3).
fn relative(w: Words) -> &'static str {
    w.say(
        "[relative]                    # den nærtstående, der får tilskuddet (SEL § 95 stk. 3)
own_care_hours_per_week = 20.0   # timer om ugen, den nærtstående selv passer: løn, ingen pension eller feriegodtgørelse (AST 26-17)
special_decision = false         # true: kommunen har tilladt mere end 48 timer om ugen (SEL § 95 stk. 3)
",
        "[relative]                    # the relative who receives the grant (SEL § 95 stk. 3)
own_care_hours_per_week = 20.0   # hours a week the relative cares personally: wages, no pension or holiday pay (AST 26-17)
special_decision = false         # true: the municipality has allowed more than 48 hours a week (SEL § 95 stk. 3)
",
    )
}

/// `[special_costs]`, commented out: costs beyond the wage of an hour (VEJ pkt. 68, 73).
fn special_costs(w: Words) -> String {
    w.say(
        "# [special_costs]             # kroner pr. år ud over timernes løn, hver med sin hjemmel
# substitute = 0.0            # særlige udgifter til den nødvendige afløsning (VEJ pkt. 73)
# supervision = 0.0           # supervision af hjælperne, fx en supervisors honorar (VEJ pkt. 68)
",
        "# [special_costs]             # kroner per year beyond the hours' wages, each with its ground
# substitute = 0.0            # special costs of the necessary substitute cover (VEJ pkt. 73)
# supervision = 0.0           # supervision of the helpers, such as a supervisor's fee (VEJ pkt. 68)
",
    )
    .to_string()
}

/// `[provider]`, commented out: the association or company's price and VAT
/// (BEK § 3 stk. 3; VEJ pkt. 59, 63).
fn provider(w: Words) -> String {
    w.say(
        "# [provider]                  # kun employer = \"association\" eller \"company\": den, der leverer ordningen
# price = 0.0                 # dens pris pr. år, hvor den er lavere end tilskuddet: den får højst prisen (BEK § 3 stk. 3; VEJ pkt. 63)
# vat = 0.0                   # moms pr. år, hvor dens ydelser er momspligtige: tilskuddet dækker den (VEJ pkt. 59)
",
        "# [provider]                  # employer = \"association\" or \"company\" only: the provider of the scheme
# price = 0.0                 # its price per year where lower than the grant: it receives at most this (BEK § 3 stk. 3; VEJ pkt. 63)
# vat = 0.0                   # VAT per year where its services carry VAT: the grant covers it (VEJ pkt. 59)
",
    )
    .to_string()
}

/// `[other_costs]`, commented out: the § 10 amount (BEK § 10, VEJ pkt. 91–92).
fn other_costs(w: Words) -> String {
    w.say(
        "# [other_costs]               # BEK § 10, VEJ pkt. 91–92: udbetales til borgeren, uden regnskab
# amount = 6000.0             # kroner pr. år; udeladt: serviceniveauets beløb
",
        "# [other_costs]               # BEK § 10, VEJ pkt. 91–92: paid to the citizen, no accounts required
# amount = 6000.0             # kroner per year; left out: the service level's amount
",
    )
    .to_string()
}

/// `[offsets]`: amounts counted against the need (VEJ pkt. 37).
fn offsets(w: Words) -> String {
    w.say(
        "[offsets]                     # beløb, der modregnes
care_allowance = 0.0          # bistands- eller plejetillæg til det samme behov, kroner pr. år (VEJ pkt. 37)
",
        "[offsets]                     # amounts counted against the need
care_allowance = 0.0          # bistands- or plejetillæg covering the same need, kroner per year (VEJ pkt. 37)
",
    )
    .to_string()
}

/// `[respirator]`, commented out: a joint scheme with the region (KL 3.3.3).
fn respirator(w: Words) -> String {
    w.say(
        "# [respirator]                # en fælles ordning med regionen (KL 3.3.3)
# region_pct = 67.0           # regionens andel i procent
",
        "# [respirator]                # a joint scheme with the region (KL 3.3.3)
# region_pct = 67.0           # the region's share in percent
",
    )
    .to_string()
}

/// `[period]`, commented out: a grant period inside the year and how a
/// scheme ends (SPEC 3.8; SEL §§ 96 b–c; VEJ pkt. 106–107, 111–112).
fn period(year: u16, w: Words) -> String {
    match w {
        Words::Da => format!(
            "# [period]                    # bevillingsperioden i året; udeladt: 1. januar – 31. december
# from = {year}-05-01           # fx afgørelsens dag: hjælpen gives fra afgørelsen, ikke fra ansøgningen
# to = {year}-12-31
# end = \"death\"               # hvorfor ordningen ophører før årets udgang: \"death\" | \"move\" | \"other\"; `to` er da dagen for dødsfaldet, flytningen eller ophøret
# new_decision = {year}-09-15   # \"move\": den nye kommunes afgørelse; indtil da betaler denne kommune (SEL § 96 b)
# notice_weeks = 4            # \"other\": uger af hjælpernes opsigelse, der dækkes (VEJ pkt. 107)
"
        ),
        Words::En => format!(
            "# [period]                    # the grant period inside the year; left out: 1 January – 31 December
# from = {year}-05-01           # e.g. the day of the decision: help runs from the decision, not the application
# to = {year}-12-31
# end = \"death\"               # why the scheme ends before the year does: \"death\" | \"move\" | \"other\"; `to` is then the day of the death, the move or the end
# new_decision = {year}-09-15   # \"move\": the new municipality's decision; until then this one pays (SEL § 96 b)
# notice_weeks = 4            # \"other\": weeks of the helpers' notice covered (VEJ pkt. 107)
"
        ),
    }
}

/// `[previous]`, commented out: the last decision (SEL § 3 a).
fn previous(w: Words) -> String {
    w.say(
        "# [previous]                  # den seneste afgørelse: et fald skal varsles med 14 uger (SEL § 3 a)
# annual_total = 0.0          # tilskuddet pr. år sidst, kroner
# grant_hours = 0.0           # de bevilgede timer pr. år sidst
# weekly_need = 0.0           # behovet efter fradrag, timer pr. uge, sidst
",
        "# [previous]                  # the last decision: a fall needs 14 weeks' notice (SEL § 3 a)
# annual_total = 0.0          # the grant per year last decided, kroner
# grant_hours = 0.0           # the grant hours per year last decided
# weekly_need = 0.0           # the need after deductions, hours per week, last decided
",
    )
    .to_string()
}

/// `[decision]`, commented out: the day the decision is received.
fn decision(year: u16, w: Words) -> String {
    match w {
        Words::Da => format!(
            "# [decision]                  # afgørelsen, som budgettet hører til
# received = {year}-02-10       # dagen, borgeren modtager afgørelsen: de 14 ugers varsel (SEL § 3 a) og de 4 ugers klagefrist løber derfra
"
        ),
        Words::En => format!(
            "# [decision]                  # the decision this budget belongs to
# received = {year}-02-10       # the day the citizen receives it: the 14 weeks' notice (SEL § 3 a) and the 4 weeks to complain run from it
"
        ),
    }
}

/// `[[pause]]`, commented out: days the scheme is on hold (SM 2021; AST
/// 66-16; KL 2.3.3).
fn pause(year: u16, w: Words) -> String {
    match w {
        Words::Da => format!(
            "# [[pause]]                   # dage, hvor ordningen er sat i bero efter kommunens afgørelse, fx under en indlæggelse, efter en konkret vurdering og aldrig som praksis (SM 2021; AST 66-16; KL 2.3.3)
# from = {year}-10-06           # første dag; begge dage medregnes, inden for bevillingsperioden
# to = {year}-10-19             # sidste dag; de dages timer trækkes fra, hvert tidsrum på sin egen linje; gentag [[pause]] for en til, på sine egne dage
"
        ),
        Words::En => format!(
            "# [[pause]]                   # days the scheme is on hold by the municipality's decision, e.g. a hospital stay, after an assessment of the case, never as a practice (SM 2021; AST 66-16; KL 2.3.3)
# from = {year}-10-06           # the first day; both days included, inside the grant period
# to = {year}-10-19             # the last day; those days' hours come out, each band on a line of its own; repeat [[pause]] for another, on days of its own
"
        ),
    }
}

/// `[settlement]`, commented out: the yearly account (BEK §§ 14–15), and
/// the used-hours file `bpa settle` reads beside the case, for the scheme:
/// with a relative recipient who is not employed, the relative's own hours
/// apart (SEL § 95 stk. 3; AST 26-17).
fn settlement(scheme: Scheme, year: u16, w: Words) -> String {
    let relative = scheme == Scheme::KtRelative;
    let hours = match (w, relative) {
        (Words::Da, true) => "de ansatte hjælperes brugte timer pr. tidsrum, og rådighed",
        (Words::Da, false) => "brugte timer i året pr. tidsrum, og rådighedstimer",
        (Words::En, true) => "the employed helpers' hours used by band, and standby",
        (Words::En, false) => "hours used in the year by band, and standby hours",
    };
    let head = w.say(
        "# [settlement]                # årsopgørelsen (bpa settle; BEK §§ 14–15)
# carry_over = false          # true: uforbrugte timer overføres til næste år efter aftale (BEK § 15 stk. 2)
#
# Filen med brugte timer, NAVN.used.toml ved siden af NAVN.toml, til
# `bpa settle NAVN.toml --used NAVN.used.toml` og `bpa batch --settle`:
#
",
        "# [settlement]                # the yearly account (bpa settle; BEK §§ 14–15)
# carry_over = false          # true: unused hours are carried to next year by agreement (BEK § 15 stk. 2)
#
# The used-hours file, NAME.used.toml beside NAME.toml, for
# `bpa settle NAME.toml --used NAME.used.toml` and `bpa batch --settle`:
#
",
    );
    let mut s = format!(
        "{head}#   year = {year}
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
        s.push_str(w.say(
            "#   [relative]                # employer = \"relative\": den nærtståendes egne timer pr. tidsrum,
#   weekday_day = 0.0         # værdisat til lønnen alene (AST 26-17); er tilskuddet overdraget,
#   weekday_evening = 0.0     # er den nærtstående en af hjælperne: ingen [relative]
#   weekday_night = 0.0
#   saturday = 0.0
#   sunday_holiday = 0.0
",
            "#   [relative]                # employer = \"relative\": the relative's own hours by band,
#   weekday_day = 0.0         # valued at the wage alone (AST 26-17); with a transferred
#   weekday_evening = 0.0     # grant the relative is a helper: no [relative]
#   weekday_night = 0.0
#   saturday = 0.0
#   sunday_holiday = 0.0
",
        ));
    }
    s.push_str(w.say(
        "#   [after_invoice]           # udgifter faktureret i året, kroner (BEK § 4 stk. 2)
#   sick_pay = 0.0            # sick_pay, child_sick_days, insurance, maternity, courses, work_environment
",
        "#   [after_invoice]           # costs invoiced in the year, kroner (BEK § 4 stk. 2)
#   sick_pay = 0.0            # sick_pay, child_sick_days, insurance, maternity, courses, work_environment
",
    ));
    s
}

/// `[override]`, commented out: the case's deviations (VEJ pkt. 61).
fn overrides(w: Words) -> &'static str {
    w.say(
        "# [override]                  # sagens afvigelser fra serviceniveauet (VEJ pkt. 61)
# general_supplement_pct = 3.5   # enhver nøgle fra service_level; hver vises som en afvigelse
# cap_hourly = 260.0             # kommunens loft pr. time (BEK § 3 stk. 4)
",
        "# [override]                  # this case's deviations from the service level (VEJ pkt. 61)
# general_supplement_pct = 3.5   # any service_level key; each is shown as a deviation
# cap_hourly = 260.0             # the municipality's cap per hour (BEK § 3 stk. 4)
",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Case;
    use crate::error::Source;
    use crate::rates::Rates;

    #[test]
    fn every_template_is_a_valid_case_that_calculates() {
        for scheme in [Scheme::Bpa, Scheme::Kt, Scheme::KtRelative] {
            for w in [Words::Da, Words::En] {
                let text = case_template(scheme, 2025, SCHEMA_FILE, w);
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

    /// The commented-out tables are valid when uncommented: [period],
    /// [decision] and [[pause]] as the template writes them calculate, in
    /// both languages.
    #[test]
    fn the_period_the_decision_and_the_pause_uncommented_make_a_valid_case() {
        for w in [Words::Da, Words::En] {
            let text = case_template(Scheme::Bpa, 2025, SCHEMA_FILE, w);
            let mut out = String::new();
            let mut table = "";
            for line in text.lines() {
                if let Some(t) = line.strip_prefix("# [") {
                    table = t
                        .trim_start_matches('[')
                        .split(']')
                        .next()
                        .unwrap_or_default();
                }
                let keep = ["period", "decision", "pause"].contains(&table)
                    && !line.contains("end =")
                    && !line.contains("new_decision")
                    && !line.contains("notice_weeks")
                    && !line.starts_with("#   ");
                out.push_str(if keep {
                    line.trim_start_matches("# ")
                } else {
                    line
                });
                out.push('\n');
                if !line.starts_with('#') {
                    table = "";
                }
            }
            let case = Case::parse(Source {
                name: "init.toml".into(),
                text: out.clone(),
            })
            .unwrap_or_else(|e| panic!("{e}\n{out}"));
            let p = case.file.period.as_ref().expect("[period]");
            assert_eq!(
                p.from_day().map(|d| d.to_string()).as_deref(),
                Some("2025-05-01")
            );
            let d = case.file.decision.as_ref().expect("[decision]");
            assert_eq!(d.key(), "decision.received");
            assert_eq!(case.file.pauses.len(), 1, "[[pause]]");
        }
    }

    /// Danish comments under `--lang da`, English under `--lang en`.
    #[test]
    fn the_comments_follow_the_language() {
        let da = case_template(Scheme::Bpa, 2025, SCHEMA_FILE, Words::Da);
        let en = case_template(Scheme::Bpa, 2025, SCHEMA_FILE, Words::En);
        assert!(da.contains("# [decision]                  # afgørelsen, som budgettet hører til"));
        assert!(da.contains("dagen, borgeren modtager afgørelsen"));
        assert!(da.contains("# [period]                    # bevillingsperioden i året"));
        assert!(en.contains("# [period]                    # the grant period inside the year"));
        assert!(da.contains("# [[pause]]                   # dage, hvor ordningen er sat i bero"));
        assert!(en.contains("# [[pause]]                   # days the scheme is on hold"));
        assert!(
            !da.contains("the citizen"),
            "English left in the Danish template"
        );
    }
}
