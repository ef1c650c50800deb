//! The rate table (SPEC 11; docs/rates.md): the table, wage scales and
//! figures.

use super::{Word, w};

const SOURCE_DA: &str = "Hvor tallet er offentliggjort (udgivelse og dato), eller regnestykket der har udledt det. Påkrævet for hvert tal i den flettede tabel.";
const SOURCE_EN: &str = "Where the figure was published (publication and date), or the arithmetic that derived it. Required for every figure of the merged table.";
const SOURCE_DA_DA: &str = "Kilden på dansk, til dansk udskrift.";
const SOURCE_DA_EN: &str = "The source in Danish, for Danish output.";
const CITE_DA: &str = "Hvordan borgerens bilag til afgørelsen angiver kilden, på engelsk: udgiver og dato i almindelige ord (fx \"KL's guidance (2022), table 4\"). source beholder sagsbehandlerens arbejdsnoter, som bilaget aldrig viser; uden cite viser bilaget source.";
const CITE_EN: &str = "How the citizen's decision attachment names the source, in English: publisher and date in plain words (such as \"KL's guidance (2022), table 4\"). source keeps the caseworker's working notes, which the attachment never shows; without cite the attachment shows source.";
const CITE_DA_DA: &str = "Kildeangivelsen på dansk til bilaget på dansk (fx \"KL, løntabel pr. 1.10.2024\"); uden den viser bilaget source_da.";
const CITE_DA_EN: &str = "The citation in Danish, for the Danish attachment (such as \"KL, løntabel pr. 1.10.2024\"); without it the attachment shows source_da.";
const PLACEHOLDER_DA: &str = "true: tallet står i stedet for kommunens egen beslutning (fx § 10-beløbet eller en procentsats); et budget, der bruger det, får bemærkningen rate_placeholder, og bilaget er ikke klar til afsendelse, før kommunens tabel fastsætter tallet. Standard false.";
const PLACEHOLDER_EN: &str = "true: the figure stands in for the municipality's own decision (such as the § 10 amount or an overhead percent); a budget that uses it gets the note rate_placeholder, and its attachment is not ready to send until the municipality's table sets the figure. Default false.";
const VERIFIED_DA: &str = "true (standard), når tallet er offentliggjort for netop dette år; false, når det er videreført eller udledt (bemærkningen rate_unverified).";
const VERIFIED_EN: &str = "true (the default) when the figure was published for this very year; false when carried forward or derived (the note rate_unverified).";
const VALUES_DA: &str = "Daterede værdier i stedet for én værdi, når tallet ændres i løbet af året: hver med from, sin værdi og kilde. Første dato 1. januar, datoerne stigende og i tabellens år (bpa kontrollerer). Ingen value, source eller verified ved siden af.";
const VALUES_EN: &str = "Dated values instead of one value, when the figure changes during the year: each with from, its value and source. The first date 1 January, the dates increasing and in the table's year (bpa checks). No value, source or verified beside them.";
const FROM_DA: &str = "Datoen værdien gælder fra, en TOML-dato uden anførselstegn og uden klokkeslæt (fx 2025-04-01), til næste værdis dato.";
const FROM_EN: &str = "The date the value holds from, a TOML date without quotes or time of day (such as 2025-04-01), until the next value's date.";
const GROUP_DA: &str = "Grundløn pr. time, kroner, for denne områdetillægsgruppe i KL's lønninger; serviceniveauets area_group vælger gruppen.";
const GROUP_EN: &str = "Base wage per hour, kroner, for this områdetillægsgruppe of KL's pay tables; the service level's area_group picks the group.";

pub const RATES: &[Word] = &[
    w(
        "RateTable",
        "En satstabel for ét bevillingsår (SPEC 11; docs/rates.md): lønskalaer, ugeprofil, lovpligtige bidrag, arbejdsgiveropgaver og serviceniveau, hvert tal med sin kilde. En tabel med extends skriver kun det, den ændrer. bpa kontrollerer desuden den flettede tabel: alle nøgler findes, hvert tal har en kilde, ugeprofilen er 168 timer, daterede værdier kun hvor de er tilladt, serviceniveauet nævner en lønskala i tabellen.",
        "A rate table for one grant year (SPEC 11; docs/rates.md): wage scales, week profile, statutory contributions, employer tasks and service level, every figure with its source. A table with extends writes only what it changes. bpa also checks the merged table: every key is there, every figure has a source, the week profile is 168 hours, dated values only where allowed, the service level names a wage scale of the table.",
    ),
    w(
        "RateTable.year",
        "Bevillingsåret (2000–2099); en sags year skal være det samme.",
        "The grant year (2000–2099); a case's year must be the same.",
    ),
    w(
        "RateTable.extends",
        "Tabellen denne bygger på: en indbygget (\"base\", \"2022\" … \"2026\") eller en sti, der ender på .toml, i forhold til denne fil. Tabeller flettes nøgle for nøgle; lister og tal erstattes.",
        "The table this one starts from: an embedded one (\"base\", \"2022\" … \"2026\") or a path ending in .toml, relative to this file. Tables merge key by key; lists and numbers are replaced.",
    ),
    w(
        "RateTable.description",
        "Tabellens beskrivelse, vist i udskriften.",
        "The table's description, shown in the output.",
    ),
    w(
        "RateTable.municipality",
        "Kommunens navn, som ældre tabeller skrev det; serviceniveauets municipality læses først.",
        "The municipality's name where older tables wrote it; the service level's municipality is read first.",
    ),
    w(
        "RateTable.wage_scales",
        "Lønskalaerne efter navn (BEK § 5); serviceniveauets wage_scale vælger én.",
        "The wage scales by name (BEK § 5); the service level's wage_scale picks one.",
    ),
    w(
        "WageScale",
        "En lønskala (BEK § 5): grundløn, tidsbestemte tillæg, rådighed, pension og feriegodtgørelse.",
        "A wage scale (BEK § 5): base wage, working-time supplements, standby, pension and holiday pay.",
    ),
    w(
        "WageScale.name",
        "Skalaens navn på dansk.",
        "The scale's name in Danish.",
    ),
    w(
        "WageScale.name_en",
        "Skalaens navn på engelsk.",
        "The scale's name in English.",
    ),
    w(
        "WageScale.legal",
        "Hjemmelen trykt på grundlønslinjen, fx \"BEK § 5 stk. 1; KL tabel 4\".",
        "The legal reference printed on the base-wage line, such as \"BEK § 5 stk. 1; KL tabel 4\".",
    ),
    w(
        "WageScale.base_hourly",
        "Grundløn pr. time, kroner (BEK § 5 stk. 1; AST 98-16): ét tal, eller ét pr. områdetillægsgruppe (group_0 … group_4), ikke begge.",
        "Base wage per hour, kroner (BEK § 5 stk. 1; AST 98-16): one figure, or one per områdetillægsgruppe (group_0 … group_4), not both.",
    ),
    w(
        "BaseWage.value",
        "Grundløn pr. time, kroner, for alle områdetillægsgrupper (0–1.000.000.000).",
        "Base wage per hour, kroner, for every områdetillægsgruppe (0–1,000,000,000).",
    ),
    w("BaseWage.source", SOURCE_DA, SOURCE_EN),
    w("BaseWage.source_da", SOURCE_DA_DA, SOURCE_DA_EN),
    w("BaseWage.cite", CITE_DA, CITE_EN),
    w("BaseWage.cite_da", CITE_DA_DA, CITE_DA_EN),
    w("BaseWage.placeholder", PLACEHOLDER_DA, PLACEHOLDER_EN),
    w("BaseWage.verified", VERIFIED_DA, VERIFIED_EN),
    w("BaseWage.values", VALUES_DA, VALUES_EN),
    w("BaseWage.group_0", GROUP_DA, GROUP_EN),
    w("BaseWage.group_1", GROUP_DA, GROUP_EN),
    w("BaseWage.group_2", GROUP_DA, GROUP_EN),
    w("BaseWage.group_3", GROUP_DA, GROUP_EN),
    w("BaseWage.group_4", GROUP_DA, GROUP_EN),
    w(
        "WageScale.standby_pct",
        "Rådighedsbetaling i procent af grundlønnen (BEK § 5 stk. 3; VEJ pkt. 75).",
        "Standby pay in percent of the base wage (BEK § 5 stk. 3; VEJ pkt. 75).",
    ),
    w(
        "WageScale.pension_pct",
        "Arbejdsgiverens pensionsbidrag i procent af grundløn, generelle tillæg og rådighed (BEK § 5 stk. 2 nr. 4).",
        "The employer's pension in percent of base wage, general supplements and standby (BEK § 5 stk. 2 nr. 4).",
    ),
    w(
        "WageScale.pension_time_supplements_pct",
        "Pension i procent af de tidsbestemte tillæg, hvor den sammenlignelige gruppe har det (VEJ pkt. 72); uden den ingen pension af tillæggene.",
        "Pension in percent of the working-time supplements, where the comparable group has it (VEJ pkt. 72); without it no pension on supplements.",
    ),
    w(
        "WageScale.holiday_pct",
        "Feriegodtgørelse i procent (ferielovens 12,5 %; BEK § 5 stk. 5).",
        "Holiday pay in percent (the holiday act's 12.5 %; BEK § 5 stk. 5).",
    ),
    w(
        "WageScale.supplements",
        "De tidsbestemte tillæg pr. tidsrum: pct (procent af grundlønnen) eller kr (kroner pr. time), præcis ét af dem (bpa kontrollerer).",
        "The working-time supplements by band: pct (percent of the base wage) or kr (kroner per hour), exactly one of them (bpa checks).",
    ),
    w(
        "Supplements.weekday_day",
        "Tillæg mandag–fredag i dagtimerne.",
        "Supplement Monday–Friday in daytime.",
    ),
    w(
        "Supplements.weekday_evening",
        "Tillæg mandag–fredag om aftenen.",
        "Supplement Monday–Friday in the evening.",
    ),
    w(
        "Supplements.weekday_night",
        "Tillæg mandag–fredag om natten.",
        "Supplement Monday–Friday at night.",
    ),
    w(
        "Supplements.saturday",
        "Tillæg om lørdagen.",
        "Supplement on Saturdays.",
    ),
    w(
        "Supplements.sunday_holiday",
        "Tillæg på søn- og helligdage.",
        "Supplement on Sundays and public holidays.",
    ),
    w(
        "Supplement.pct",
        "Tillægget i procent af grundlønnen (0–1.000.000.000).",
        "The supplement in percent of the base wage (0–1,000,000,000).",
    ),
    w(
        "Supplement.kr",
        "Tillægget i kroner pr. time (0–1.000.000.000).",
        "The supplement in kroner per hour (0–1,000,000,000).",
    ),
    w("Supplement.source", SOURCE_DA, SOURCE_EN),
    w("Supplement.source_da", SOURCE_DA_DA, SOURCE_DA_EN),
    w("Supplement.cite", CITE_DA, CITE_EN),
    w("Supplement.cite_da", CITE_DA_DA, CITE_DA_EN),
    w("Supplement.verified", VERIFIED_DA, VERIFIED_EN),
    w("Supplement.values", VALUES_DA, VALUES_EN),
    w(
        "DatedSupplement",
        "En dateret værdi af et tillæg: pct eller kr fra en dato.",
        "A dated value of a supplement: pct or kr from a date.",
    ),
    w("DatedSupplement.from", FROM_DA, FROM_EN),
    w(
        "DatedSupplement.pct",
        "Tillægget i procent af grundlønnen fra datoen.",
        "The supplement in percent of the base wage from the date.",
    ),
    w(
        "DatedSupplement.kr",
        "Tillægget i kroner pr. time fra datoen.",
        "The supplement in kroner per hour from the date.",
    ),
    w("DatedSupplement.source", SOURCE_DA, SOURCE_EN),
    w("DatedSupplement.source_da", SOURCE_DA_DA, SOURCE_DA_EN),
    w("DatedSupplement.cite", CITE_DA, CITE_EN),
    w("DatedSupplement.cite_da", CITE_DA_DA, CITE_DA_EN),
    w("DatedSupplement.verified", VERIFIED_DA, VERIFIED_EN),
    w(
        "Figure.value",
        "Tallet (0–1.000.000.000). Procenter skrives i procent: 30 er 30 %.",
        "The number (0–1,000,000,000). Percentages are written as percent: 30 is 30 %.",
    ),
    w("Figure.source", SOURCE_DA, SOURCE_EN),
    w("Figure.source_da", SOURCE_DA_DA, SOURCE_DA_EN),
    w("Figure.cite", CITE_DA, CITE_EN),
    w("Figure.cite_da", CITE_DA_DA, CITE_DA_EN),
    w("Figure.placeholder", PLACEHOLDER_DA, PLACEHOLDER_EN),
    w("Figure.verified", VERIFIED_DA, VERIFIED_EN),
    w("Figure.values", VALUES_DA, VALUES_EN),
    w(
        "Dated",
        "En dateret værdi: tallet fra en dato, med sin egen kilde.",
        "A dated value: the figure from a date, with its own source.",
    ),
    w("Dated.from", FROM_DA, FROM_EN),
    w(
        "Dated.value",
        "Tallet fra datoen (0–1.000.000.000).",
        "The figure from the date (0–1,000,000,000).",
    ),
    w("Dated.source", SOURCE_DA, SOURCE_EN),
    w("Dated.source_da", SOURCE_DA_DA, SOURCE_DA_EN),
    w("Dated.cite", CITE_DA, CITE_EN),
    w("Dated.cite_da", CITE_DA_DA, CITE_DA_EN),
    w("Dated.verified", VERIFIED_DA, VERIFIED_EN),
    w(
        "WageScale.windows",
        "Hvornår tidsrummene gælder efter arbejdstidsaftalen, til sager med [[schedule]]. En time uden for alle tidsrum er en hverdagstime i dagtimerne.",
        "When the bands apply under the working-time agreement, for cases given as [[schedule]]. An hour in no window is a weekday-day hour.",
    ),
    w("Windows.source", SOURCE_DA, SOURCE_EN),
    w("Windows.source_da", SOURCE_DA_DA, SOURCE_DA_EN),
    w("Windows.cite", CITE_DA, CITE_EN),
    w("Windows.cite_da", CITE_DA_DA, CITE_DA_EN),
    w("Windows.verified", VERIFIED_DA, VERIFIED_EN),
    w(
        "Windows.overlap",
        "Hvor tidsrum overlapper: \"highest\", tidsrummet med det højeste tillæg pr. time.",
        "Where windows overlap: \"highest\", the band whose supplement is worth most per hour.",
    ),
    w(
        "Overlap=highest",
        "Tidsrummet med det højeste tillæg pr. time gælder.",
        "The band whose supplement is worth most per hour applies.",
    ),
    w(
        "Windows.started_minutes",
        "Tillæg betales pr. påbegyndt periode på så mange minutter (30: halvtimesreglen); 0 tæller præcise minutter.",
        "Supplements are paid per started period of this many minutes (30: the half-hour rule); 0 counts exact minutes.",
    ),
    w(
        "Windows.part_days",
        "Datoer, der er søn- og helligdagstid fra et klokkeslæt: 1. maj, grundlovsdag og nytårsaften fra 12:00, juleaften fra dagvagtens start.",
        "Dates that are Sunday-and-holiday time from a time of day: 1 May, Constitution Day and New Year's Eve from 12:00, Christmas Eve from the day shift's start.",
    ),
    w(
        "PartDay",
        "En dato, der er søn- og helligdagstid fra et klokkeslæt.",
        "A date that is Sunday-and-holiday time from a time of day.",
    ),
    w(
        "PartDay.day",
        "Datoen som \"MM-DD\".",
        "The date as \"MM-DD\".",
    ),
    w(
        "PartDay.from",
        "Klokkeslættet som \"HH:MM\".",
        "The time of day as \"HH:MM\".",
    ),
    w(
        "Windows.weekday_evening",
        "Aftentillæggets tidsrum.",
        "The evening supplement's windows.",
    ),
    w(
        "Windows.weekday_night",
        "Nattillæggets tidsrum.",
        "The night supplement's windows.",
    ),
    w(
        "Windows.saturday",
        "Lørdagstillæggets tidsrum.",
        "The Saturday supplement's windows.",
    ),
    w(
        "Windows.sunday_holiday",
        "Søn- og helligdagstillæggets tidsrum.",
        "The Sunday and holiday supplement's windows.",
    ),
    w(
        "Window",
        "Et tidsrum på nogle dage; to på eller før from går over midnat.",
        "A window on some days; to at or before from runs past midnight.",
    ),
    w(
        "Window.days",
        "Dagene: \"mon\" … \"sun\" og \"holiday\" (en helligdag i bevillingsåret).",
        "The days: \"mon\" … \"sun\" and \"holiday\" (a public holiday of the grant year).",
    ),
    w(
        "Window.from",
        "Start, \"HH:MM\" på et kvarter.",
        "Start, \"HH:MM\" on a quarter hour.",
    ),
    w(
        "Window.to",
        "Slut, \"HH:MM\" på et kvarter.",
        "End, \"HH:MM\" on a quarter hour.",
    ),
    w(
        "WindowDay",
        "En ugedag eller en helligdag.",
        "A weekday or a public holiday.",
    ),
    w("WindowDay=mon", "Mandag.", "Monday."),
    w("WindowDay=tue", "Tirsdag.", "Tuesday."),
    w("WindowDay=wed", "Onsdag.", "Wednesday."),
    w("WindowDay=thu", "Torsdag.", "Thursday."),
    w("WindowDay=fri", "Fredag.", "Friday."),
    w("WindowDay=sat", "Lørdag.", "Saturday."),
    w("WindowDay=sun", "Søndag.", "Sunday."),
    w(
        "WindowDay=holiday",
        "En helligdag i bevillingsåret.",
        "A public holiday of the grant year.",
    ),
    w(
        "RateTable.week_profile",
        "Hvordan en uges døgndækning (168 timer) fordeler sig på tidsrummene, til uger med døgndækning (SPEC 3.2). bpa kontrollerer desuden: summen er 168.",
        "How one week of 24-hour cover (168 hours) falls in the bands, for full-cover weeks (SPEC 3.2). bpa also checks: the sum is 168.",
    ),
    w(
        "WeekProfile.weekday_day",
        "Timer mandag–fredag i dagtimerne (0–168).",
        "Hours Monday–Friday in daytime (0–168).",
    ),
    w(
        "WeekProfile.weekday_evening",
        "Timer mandag–fredag om aftenen (0–168).",
        "Hours Monday–Friday in the evening (0–168).",
    ),
    w(
        "WeekProfile.weekday_night",
        "Timer mandag–fredag om natten (0–168).",
        "Hours Monday–Friday at night (0–168).",
    ),
    w(
        "WeekProfile.saturday",
        "Timer om lørdagen (0–168).",
        "Hours on Saturday (0–168).",
    ),
    w(
        "WeekProfile.sunday_holiday",
        "Timer på søn- og helligdage (0–168).",
        "Hours on Sundays and public holidays (0–168).",
    ),
    w("WeekProfile.source", SOURCE_DA, SOURCE_EN),
    w("WeekProfile.source_da", SOURCE_DA_DA, SOURCE_DA_EN),
    w("WeekProfile.cite", CITE_DA, CITE_EN),
    w("WeekProfile.cite_da", CITE_DA_DA, CITE_DA_EN),
    w("WeekProfile.verified", VERIFIED_DA, VERIFIED_EN),
];
