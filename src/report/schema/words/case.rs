//! The case file (SPEC 2).

use super::{Word, w};

pub const CASE: &[Word] = &[
    w(
        "CaseFile",
        "En sagsfil for bpa: én borgers afgørelse om tilskud til BPA (SEL § 96) eller kontant tilskud (SEL § 95). Timer er pr. uge, hvor nøglen ikke siger pr. år; beløb er kroner pr. år. En udeladt nøgle betyder nul eller kommunens serviceniveau. bpa kontrollerer desuden: enten [need] eller [[schedule]], ikke begge; hvilke tabeller der hører til ordningen og arbejdsgiveren; mindst én hjælper, når der ansættes timer.",
        "A case file for bpa: one citizen's decision on a grant for BPA (SEL § 96) or cash grant (SEL § 95). Hours are per week unless a key says per year; amounts are kroner per year. A key left out means zero or the municipality's service level. bpa also checks: either [need] or [[schedule]], not both; which tables go with the scheme and the employer; at least one helper when hours are employed.",
    ),
    w(
        "CaseFile.id",
        "Sagsnummeret: fri tekst, ikke tom; vises i alle udskrifter.",
        "The case number: free text, not empty; shown in every output.",
    ),
    w(
        "CaseFile.year",
        "Bevillingsåret (2000–2099): vælger satstabellen for året (BEK § 3 stk. 1). bpa har indbyggede tabeller for 2022–2026; andre år kræver --rates eller rates.",
        "The grant year (2000–2099): selects the rate table of the year (BEK § 3 stk. 1). bpa embeds tables for 2022–2026; other years need --rates or rates.",
    ),
    w(
        "CaseFile.scheme",
        "Ordningen: \"bpa\" (SEL § 96), \"kt\" (kontant tilskud, SEL § 95 stk. 2) eller \"kt-relative\" (kontant tilskud udbetalt til en nærtstående, SEL § 95 stk. 3).",
        "The scheme: \"bpa\" (SEL § 96), \"kt\" (cash grant, SEL § 95 stk. 2) or \"kt-relative\" (cash grant paid to a relative, SEL § 95 stk. 3).",
    ),
    w(
        "Scheme=bpa",
        "Borgerstyret personlig assistance (SEL § 96).",
        "Citizen-controlled personal assistance (SEL § 96).",
    ),
    w(
        "Scheme=kt",
        "Kontant tilskud til ansættelse af hjælpere (SEL § 95 stk. 2); over 20 timer om ugen.",
        "Cash grant for employing helpers (SEL § 95 stk. 2); above 20 hours a week.",
    ),
    w(
        "Scheme=kt-relative",
        "Kontant tilskud udbetalt til en nærtstående, der ansætter hjælperne (SEL § 95 stk. 3); kræver [relative].",
        "Cash grant paid to a relative who employs the helpers (SEL § 95 stk. 3); needs [relative].",
    ),
    w(
        "CaseFile.employer",
        "Hvem der er arbejdsgiver for hjælperne. Ved \"kt-relative\": \"relative\", eller \"association\"/\"company\" når den nærtstående har overdraget tilskuddet (VEJ pkt. 16–18); \"citizen\" er da ikke tilladt (bpa kontrollerer).",
        "Who employs the helpers. With \"kt-relative\": \"relative\", or \"association\"/\"company\" when the relative has transferred the grant (VEJ pkt. 16–18); \"citizen\" is then not allowed (bpa checks).",
    ),
    w(
        "CaseFile.payroll",
        "Hvem der varetager lønudbetalingen, når borgeren eller en nærtstående er arbejdsgiver: \"municipality\" (SEL § 95 stk. 5, § 96 stk. 4) eller \"own\". Kun ved employer = \"citizen\" eller \"relative\" (bpa kontrollerer).",
        "Who runs the payroll when the citizen or a relative employs: \"municipality\" (SEL § 95 stk. 5, § 96 stk. 4) or \"own\". Only with employer = \"citizen\" or \"relative\" (bpa checks).",
    ),
    w(
        "Payroll=municipality",
        "Kommunen udbetaler lønnen (SEL § 95 stk. 5, § 96 stk. 4).",
        "The municipality pays the wages (SEL § 95 stk. 5, § 96 stk. 4).",
    ),
    w(
        "Payroll=own",
        "Arbejdsgiveren udbetaler selv lønnen.",
        "The employer runs its own payroll.",
    ),
    w(
        "CaseFile.rates",
        "Sagens egen satstabel: en sti i forhold til sagsfilen, fx \"kommune-2025.toml\". Uden den bruges årets indbyggede tabel; --rates går forud.",
        "The case's own rate table: a path relative to the case file, such as \"kommune-2025.toml\". Without it the year's embedded table is used; --rates wins.",
    ),
    w(
        "CaseFile.need",
        "Det vurderede behov i timer pr. uge fordelt på tidsrum (VEJ pkt. 28). bpa kontrollerer desuden: behovet i alle tidsrum plus extra.standby_hours_per_week er højst 168 timer om ugen; [need] eller [[schedule]], ikke begge.",
        "The assessed need in hours per week by time band (VEJ pkt. 28). bpa also checks: the need in all bands plus extra.standby_hours_per_week is at most 168 hours a week; [need] or [[schedule]], not both.",
    ),
    w(
        "CaseFile.deduct",
        "Timer pr. uge, som anden hjælp dækker, i de samme tidsrum: hjemmehjælp (SEL § 83) og aflastning (SEL § 84). bpa kontrollerer desuden: intet tidsrum får trukket mere fra end sit behov (for et skema: end skemaets timer i tidsrummet).",
        "Hours per week covered by other help, in the same bands: home care (SEL § 83) and relief (SEL § 84). bpa also checks: no band has more deducted than its need (for a schedule: than the schedule's hours in the band).",
    ),
    w(
        "BandHours.weekday_day",
        "Mandag–fredag kl. 6–17, timer pr. uge (0–168).",
        "Monday–Friday 06–17, hours per week (0–168).",
    ),
    w(
        "BandHours.weekday_evening",
        "Mandag–fredag kl. 17–23, timer pr. uge (0–168).",
        "Monday–Friday 17–23, hours per week (0–168).",
    ),
    w(
        "BandHours.weekday_night",
        "Mandag–fredag kl. 23–6, timer pr. uge (0–168): en vågen hjælper; en sovende hjælper er rådighed (extra.standby_hours_per_week).",
        "Monday–Friday 23–06, hours per week (0–168): a waking helper; a sleeping one is standby (extra.standby_hours_per_week).",
    ),
    w(
        "BandHours.saturday",
        "Lørdag, timer pr. uge (0–168).",
        "Saturday, hours per week (0–168).",
    ),
    w(
        "BandHours.sunday_holiday",
        "Søn- og helligdage, timer pr. uge (0–168).",
        "Sundays and public holidays, hours per week (0–168).",
    ),
    w(
        "CaseFile.schedule",
        "I stedet for [need]: en typisk uges vagter, lagt på bevillingsårets kalender og fordelt på tidsrum efter lønskalaens arbejdstidsaftale (helligdage medregnet).",
        "Instead of [need]: the shifts of a typical week, laid on the grant year's calendar and split into bands by the wage scale's working-time agreement (public holidays included).",
    ),
    w(
        "Shift",
        "En vagt: på hvilke dage, fra og til hvilket klokkeslæt, og hvor mange hjælpere på én gang.",
        "A shift: on which days, from and to which time, and how many helpers at once.",
    ),
    w(
        "Shift.days",
        "Dagene vagten gælder: \"mon\" … \"sun\", \"weekdays\", \"weekend\" eller \"daily\"; mindst én.",
        "The days of the shift: \"mon\" … \"sun\", \"weekdays\", \"weekend\" or \"daily\"; at least one.",
    ),
    w(
        "ScheduleDay",
        "En ugedag eller en gruppe af dage.",
        "A weekday or a group of days.",
    ),
    w("ScheduleDay=mon", "Mandag.", "Monday."),
    w("ScheduleDay=tue", "Tirsdag.", "Tuesday."),
    w("ScheduleDay=wed", "Onsdag.", "Wednesday."),
    w("ScheduleDay=thu", "Torsdag.", "Thursday."),
    w("ScheduleDay=fri", "Fredag.", "Friday."),
    w("ScheduleDay=sat", "Lørdag.", "Saturday."),
    w("ScheduleDay=sun", "Søndag.", "Sunday."),
    w(
        "ScheduleDay=weekdays",
        "Mandag til fredag.",
        "Monday to Friday.",
    ),
    w(
        "ScheduleDay=weekend",
        "Lørdag og søndag.",
        "Saturday and Sunday.",
    ),
    w("ScheduleDay=daily", "Alle ugens dage.", "Every day."),
    w(
        "Shift.from",
        "Vagtens start, \"HH:MM\" på et kvarter, fra \"00:00\" til \"23:45\".",
        "The shift's start, \"HH:MM\" on a quarter hour, from \"00:00\" to \"23:45\".",
    ),
    w(
        "Shift.to",
        "Vagtens slut, \"HH:MM\" på et kvarter, fra \"00:00\" til \"24:00\"; på eller før start går vagten over midnat.",
        "The shift's end, \"HH:MM\" on a quarter hour, from \"00:00\" to \"24:00\"; at or before the start the shift runs past midnight.",
    ),
    w(
        "Shift.helpers",
        "Hjælpere på én gang (1–20); standard 1.",
        "Helpers at once (1–20); default 1.",
    ),
    w(
        "CaseFile.extra",
        "Tillæg til timerne pr. år (BEK § 1 stk. 2; VEJ pkt. 29, 67–68; KL tabel 4).",
        "Yearly additions to the hours (BEK § 1 stk. 2; VEJ pkt. 29, 67–68; KL tabel 4).",
    ),
    w(
        "Extra.helpers",
        "Forventet antal ansatte hjælpere (0–10.000): møder, ATP og årsværk afhænger af det. En nærtstående, der modtager tilskuddet og er arbejdsgiver, er ikke ansat og tælles ikke med (AST 26-17); efter en overdragelse er den nærtstående ansat og tælles med (VEJ pkt. 16–18). bpa kontrollerer desuden: mindst 1, når der ansættes timer, og mindst 2 efter en overdragelse, når behovet rækker ud over den nærtståendes egne timer.",
        "Expected number of employed helpers (0–10,000): meetings, ATP and full-time equivalents depend on it. A relative who receives the grant and employs is not employed and not counted (AST 26-17); after a transfer the relative is employed and counted (VEJ pkt. 16–18). bpa also checks: at least 1 when hours are employed, and at least 2 after a transfer when the need goes beyond the relative's own hours.",
    ),
    w(
        "Extra.new_helpers",
        "Forventede nyansættelser pr. år (0–10.000): oplæring, kurser og rekruttering.",
        "Expected new hires per year (0–10,000): training, courses and recruitment.",
    ),
    w(
        "Extra.training_hours_per_new_helper",
        "Timer med dobbeltbemanding, mens en ny hjælper oplæres, pr. nyansat (0–8.784 timer; VEJ pkt. 29).",
        "Hours of double cover while a new helper is trained, per new hire (0–8,784 hours; VEJ pkt. 29).",
    ),
    w(
        "Extra.course_hours_per_new_helper",
        "Kursustimer pr. nyansat, fx forflytningsteknik (0–8.784 timer; VEJ pkt. 29).",
        "Course hours per new hire, such as lifting technique (0–8,784 hours; VEJ pkt. 29).",
    ),
    w(
        "Extra.full_cover_weeks",
        "Uger med døgndækning I STEDET FOR den almindelige uge, fx ferie og weekendophold (0–53 uger pr. år; VEJ pkt. 68).",
        "Weeks with 24-hour cover IN PLACE OF the ordinary week, such as holidays and weekend stays (0–53 weeks a year; VEJ pkt. 68).",
    ),
    w(
        "Extra.double_cover_weeks",
        "Uger med en ekstra hjælper døgnet rundt OVEN I det almindelige behov, 168 timer hver (0–53 uger pr. år; VEJ pkt. 28, 68).",
        "Weeks with a second helper around the clock ON TOP of the ordinary need, 168 hours each (0–53 weeks a year; VEJ pkt. 28, 68).",
    ),
    w(
        "Extra.double_cover_hours",
        "Andre timer pr. år med to hjælpere på én gang (0–8.784 timer; VEJ pkt. 28).",
        "Other hours per year with two helpers at once (0–8,784 hours; VEJ pkt. 28).",
    ),
    w(
        "Extra.pool_hours",
        "Puljetimer: en pulje timer pr. år til ture, kurser m.m. (0–8.784 timer).",
        "Pool hours: a yearly pool for trips, courses and the like (0–8,784 hours).",
    ),
    w(
        "Extra.standby_hours_per_week",
        "Rådighedstimer pr. uge (0–168), kun i helt særlige tilfælde og aldrig til overvågning (BEK § 5 stk. 3). Tæller med i ugens 168 timer.",
        "Standby hours per week (0–168), in very special cases only and never for watching over the citizen (overvågning; BEK § 5 stk. 3). Counted in the week's 168 hours.",
    ),
    w(
        "Extra.skilled_helpers",
        "Hjælpere med en erhvervsuddannelse (0–10.000): praktikplads-AUB (KL 3.4.3).",
        "Helpers with a vocational education (0–10,000): praktikplads-AUB (KL 3.4.3).",
    ),
    w(
        "Extra.substitute_hours",
        "Timer pr. år til særlig afløsning, fx en afløsers overlap (0–8.784 timer; VEJ pkt. 73); fordeles som behovets timer på tidsrummene.",
        "Yearly hours of special substitute cover, such as a substitute's overlap (0–8,784 hours; VEJ pkt. 73); spread over the bands as the need's hours are.",
    ),
    w(
        "Extra.supervision_hours",
        "Timer pr. år til supervision af hjælperne, hvor hjælpen ændres væsentligt (0–8.784 timer; VEJ pkt. 68); fordeles som behovets timer på tidsrummene.",
        "Yearly hours of the helpers' supervision where the help changes substantially (0–8,784 hours; VEJ pkt. 68); spread over the bands as the need's hours are.",
    ),
    w(
        "CaseFile.relative",
        "Den nærtstående, der modtager tilskuddet (SEL § 95 stk. 3). Kun ved scheme = \"kt-relative\", som kræver tabellen (bpa kontrollerer).",
        "The relative who receives the grant (SEL § 95 stk. 3). Only with scheme = \"kt-relative\", which needs the table (bpa checks).",
    ),
    w(
        "Relative.own_care_hours_per_week",
        "Timer pr. uge, som den nærtstående selv yder (0–168): løn uden pension og feriegodtgørelse (AST 26-17). bpa kontrollerer desuden: højst behovet pr. uge efter fradrag.",
        "Hours per week the relative gives personally (0–168): wages without pension or holiday pay (AST 26-17). bpa also checks: at most the weekly need after deductions.",
    ),
    w(
        "Relative.special_decision",
        "true: kommunen har tilladt mere end 48 timer om ugen (SEL § 95 stk. 3).",
        "true: the municipality has allowed more than 48 hours a week (SEL § 95 stk. 3).",
    ),
    w(
        "CaseFile.admin",
        "Tilskud til arbejdsgiveropgaver, når en forening eller virksomhed er arbejdsgiver (BEK § 8; KL 3.4.4–3.4.5). Kun ved employer = \"association\" eller \"company\" (bpa kontrollerer).",
        "The employer-task subsidy when an association or company employs (BEK § 8; KL 3.4.4–3.4.5). Only with employer = \"association\" or \"company\" (bpa checks).",
    ),
    w(
        "Admin.model",
        "Modellen for tilskuddet; uden den serviceniveauets admin_model.",
        "The subsidy's model; without it the service level's admin_model.",
    ),
    w(
        "Admin.new_or_insecure",
        "Opgavemodellen: en ny eller usikker borger (KL bilag 1 tabel 8–9).",
        "Tasks model: a new or insecure citizen (KL bilag 1 tabel 8–9).",
    ),
    w(
        "Admin.transfer_year",
        "Opgavemodellen: 1 = første år med denne arbejdsgiver, 2 eller 3 = senere år (KL bilag 1).",
        "Tasks model: 1 = the first year with this employer, 2 or 3 = later years (KL bilag 1).",
    ),
    w(
        "Admin.pct",
        "Procentmodellen: procent af løn, pension, feriegodtgørelse og bidrag (0–100).",
        "Overhead model: percent of wages, pension, holiday pay and contributions (0–100).",
    ),
    w(
        "Admin.per_hour",
        "Timemodellen: kroner pr. tilskudstime (0–1.000.000.000).",
        "Per-hour model: kroner per grant hour (0–1,000,000,000).",
    ),
    w(
        "Admin.amount",
        "Beløbsmodellen: kroner pr. år efter arbejdsgiverens budget (0–1.000.000.000).",
        "Amount model: kroner per year from the employer's budget (0–1,000,000,000).",
    ),
    w(
        "CaseFile.other_costs",
        "Udgifter efter BEK § 10, der udbetales til borgeren uden regnskab (VEJ pkt. 91–92).",
        "Costs under BEK § 10, paid to the citizen without accounts (VEJ pkt. 91–92).",
    ),
    w(
        "OtherCosts.amount",
        "Kroner pr. år (0–1.000.000.000); udeladt: serviceniveauets beløb.",
        "Kroner per year (0–1,000,000,000); left out: the service level's amount.",
    ),
    w(
        "CaseFile.special_costs",
        "Udgifter ud over timernes løn, kroner pr. år, hver med sin hjemmel (VEJ pkt. 68, 73); tages for periodens måneder og tæller med i udgiften pr. time, som loftet gælder.",
        "Costs beyond the hours' wages, kroner per year, each with its legal ground (VEJ pkt. 68, 73); taken for the period's months and counted in the cost per hour the cap is held against.",
    ),
    w(
        "SpecialCosts.substitute",
        "Særlige udgifter til den nødvendige afløsning, fx et vikarbureaus tillæg, kroner pr. år (0–1.000.000.000; VEJ pkt. 73).",
        "Special costs of the necessary substitute cover, such as a temp agency's premium, kroner per year (0–1,000,000,000; VEJ pkt. 73).",
    ),
    w(
        "SpecialCosts.supervision",
        "Supervision af hjælperne, fx en supervisors honorar, kroner pr. år (0–1.000.000.000; VEJ pkt. 68).",
        "Supervision of the helpers, such as a supervisor's fee, kroner per year (0–1,000,000,000; VEJ pkt. 68).",
    ),
    w(
        "CaseFile.provider",
        "Foreningen eller virksomheden, der er arbejdsgiver: dens pris og moms (BEK § 3 stk. 3; VEJ pkt. 59, 63). Kun ved employer = \"association\" eller \"company\" (bpa kontrollerer).",
        "The association or company that employs: its price and VAT (BEK § 3 stk. 3; VEJ pkt. 59, 63). Only with employer = \"association\" or \"company\" (bpa checks).",
    ),
    w(
        "Provider.price",
        "Dens pris for ordningen pr. år, hvor den er lavere end tilskuddet: den får højst prisen, og linjen \"Nedsættelse til leverandørens pris\" tager arbejdsgiverens del ned til den (0–1.000.000.000; BEK § 3 stk. 3; VEJ pkt. 63).",
        "Its price for the scheme per year where lower than the grant: it receives at most the price, and the line \"Nedsættelse til leverandørens pris\" takes the employer's part down to it (0–1,000,000,000; BEK § 3 stk. 3; VEJ pkt. 63).",
    ),
    w(
        "Provider.vat",
        "Moms pr. år på dens ydelser, hvor de er momspligtige, som dens tilbud angiver den: tilskuddet dækker den (0–1.000.000.000; VEJ pkt. 59).",
        "VAT per year on its services where they carry VAT, as its offer states it: the grant covers it (0–1,000,000,000; VEJ pkt. 59).",
    ),
    w(
        "CaseFile.offsets",
        "Beløb, der modregnes i tilskuddet.",
        "Amounts counted against the grant.",
    ),
    w(
        "Offsets.care_allowance",
        "Bistands- eller plejetillæg, der dækker det samme behov, kroner pr. år (0–1.000.000.000; VEJ pkt. 37).",
        "Bistands- or plejetillæg covering the same need, kroner per year (0–1,000,000,000; VEJ pkt. 37).",
    ),
    w(
        "CaseFile.respirator",
        "En fælles ordning med regionen for en borger i respirator (KL 3.3.3).",
        "A joint scheme with the region for a citizen on a respirator (KL 3.3.3).",
    ),
    w(
        "Respirator.region_pct",
        "Regionens andel i procent (0–100); uden den serviceniveauets (KL: 67).",
        "The region's share in percent (0–100); without it the service level's (KL: 67).",
    ),
    w(
        "CaseFile.previous",
        "Den seneste afgørelse, til kontrollen af en nedsættelse (SEL § 3 a): et fald kræver 14 ugers varsel. Enhver delmængde af nøglerne.",
        "The last decision, for the reduction check (SEL § 3 a): a fall needs 14 weeks' notice. Any subset of the keys.",
    ),
    w(
        "Previous.annual_total",
        "Tilskuddet pr. år ved seneste afgørelse, kroner (0–1.000.000.000).",
        "The grant per year last decided, kroner (0–1,000,000,000).",
    ),
    w(
        "Previous.grant_hours",
        "Tilskudstimer pr. år ved seneste afgørelse (0–175.680).",
        "Grant hours per year last decided (0–175,680).",
    ),
    w(
        "Previous.weekly_need",
        "Behovet efter fradrag ved seneste afgørelse, timer pr. uge (0–168).",
        "The need after deductions last decided, hours per week (0–168).",
    ),
    w(
        "CaseFile.period",
        "Bevillingsperioden inden for bevillingsåret; standard 1. januar–31. december. Datoer skrives som TOML-datoer uden anførselstegn, fx 2025-03-01. bpa kontrollerer desuden: alle datoer ligger i year, to ikke før from, new_decision ikke før flytningen; new_decision kun ved end = \"move\", notice_weeks kun ved end = \"other\".",
        "The grant period inside the grant year; default 1 January–31 December. Dates are TOML dates without quotes, such as 2025-03-01. bpa also checks: every date lies in year, to not before from, new_decision not before the move; new_decision only with end = \"move\", notice_weeks only with end = \"other\".",
    ),
    w(
        "Period.from",
        "Første dag, fx afgørelsens dato (hjælpen gives fra afgørelsen, ikke ansøgningen).",
        "The first day, such as the date of the decision (help runs from the decision, not the application).",
    ),
    w(
        "Period.to",
        "Sidste dag: ved end = \"death\" dødsdagen, ved \"move\" flyttedagen, ellers dagen ordningen ophører.",
        "The last day: with end = \"death\" the day of death, with \"move\" the moving day, else the day the scheme stops.",
    ),
    w(
        "Period.end",
        "Hvorfor ordningen ophører før 31. december: \"death\", \"move\" eller \"other\" (SEL §§ 96 b–c; VEJ pkt. 106–112).",
        "Why the scheme ends before 31 December: \"death\", \"move\" or \"other\" (SEL §§ 96 b–c; VEJ pkt. 106–112).",
    ),
    w(
        "EndReason=death",
        "Dødsfald: hjælpernes løn dækkes en måned efter dødsmåneden (SEL § 96 c; VEJ pkt. 106).",
        "Death: the helpers' pay is covered a month after the month of death (SEL § 96 c; VEJ pkt. 106).",
    ),
    w(
        "EndReason=move",
        "Flytning: den gamle kommune betaler, til den nye har truffet afgørelse (SEL § 96 b; VEJ pkt. 111–112).",
        "Moving: the old municipality pays until the new one has decided (SEL § 96 b; VEJ pkt. 111–112).",
    ),
    w(
        "EndReason=other",
        "Anden grund: hjælpernes opsigelsesperiode kan dækkes (VEJ pkt. 107).",
        "Another reason: the helpers' notice period may be covered (VEJ pkt. 107).",
    ),
    w(
        "Period.new_decision",
        "Ved end = \"move\": dagen den nye kommune træffer afgørelse, når den kendes (SEL § 96 b).",
        "With end = \"move\": the day the new municipality decides, when known (SEL § 96 b).",
    ),
    w(
        "Period.notice_weeks",
        "Ved end = \"other\": uger af hjælpernes opsigelsesperiode, som dækkes efter ophøret (0–52; VEJ pkt. 107).",
        "With end = \"other\": weeks of the helpers' notice covered after the scheme stops (0–52; VEJ pkt. 107).",
    ),
    w(
        "CaseFile.pause",
        "Dage, hvor ordningen er sat i bero efter kommunens afgørelse, fx under en indlæggelse efter en konkret vurdering og aldrig som praksis (SM 2021; AST 66-16; KL 2.3.3): de dages timer trækkes fra, hvert tidsrum på sin egen linje. Gentag [[pause]] for en til. bpa kontrollerer desuden: from og to skal begge angives, ligger i bevillingsperioden (ved flytning til den nye kommunes afgørelse), to ikke før from, og to pauser deler ingen dag.",
        "Days the scheme is on hold by the municipality's decision, such as during a hospital stay after an assessment of the case and never as a practice (SM 2021; AST 66-16; KL 2.3.3): those days' hours come out, each band on a line of its own. Repeat [[pause]] for another. bpa also checks: from and to are both given and lie in the grant period (for a move up to the new municipality's decision), to not before from, and no two pauses share a day.",
    ),
    w(
        "Pause",
        "En periode i bero: første og sidste dag, begge medregnet, som TOML-datoer uden anførselstegn, fx 2025-03-10.",
        "A time on hold: the first and the last day, both included, as TOML dates without quotes, such as 2025-03-10.",
    ),
    w("Pause.from", "Første dag i bero.", "The first day on hold."),
    w(
        "Pause.to",
        "Sidste dag i bero, medregnet; ordningen genoptages uændret dagen efter.",
        "The last day on hold, included; the scheme resumes unchanged the day after.",
    ),
    w(
        "CaseFile.decision",
        "Afgørelsen budgettet hører til (bpa calc --format html): datoen for § 3 a-overgangen og klagefristen.",
        "The decision the budget belongs to (bpa calc --format html): the date for the § 3 a transition and the time limit to complain.",
    ),
    w(
        "Decision.received",
        "Dagen borgeren modtager afgørelsen, en TOML-dato som 2025-02-10: de 14 ugers varsel (SEL § 3 a; VEJ pkt. 39–40) og de 4 ugers klagefrist løber fra den.",
        "The day the citizen receives the decision, a TOML date such as 2025-02-10: the 14 weeks' notice (SEL § 3 a; VEJ pkt. 39–40) and the 4 weeks to complain run from it.",
    ),
    w(
        "Decision.date",
        "Det gamle navn for received; stadig accepteret, men ikke sammen med received.",
        "The old name of received; still accepted, but not together with received.",
    ),
    w(
        "CaseFile.settlement",
        "Vilkår for årsopgørelsen (bpa settle; BEK §§ 14–15).",
        "The terms of the yearly account (bpa settle; BEK §§ 14–15).",
    ),
    w(
        "Settlement.carry_over",
        "true: ubrugte timer overføres til næste år efter aftale i stedet for at blive tilbagebetalt (BEK § 15 stk. 2; VEJ pkt. 105).",
        "true: unused hours are carried to next year by agreement instead of repaid (BEK § 15 stk. 2; VEJ pkt. 105).",
    ),
    w(
        "CaseFile.override",
        "Sagens afvigelser fra kommunens serviceniveau (VEJ pkt. 61: retningslinjer er et udgangspunkt, vurderingen er konkret). Hver vises som en individuel afvigelse.",
        "The case's deviations from the municipality's service level (VEJ pkt. 61: guidelines are a starting point, the assessment is individual). Each is shown as an individual deviation.",
    ),
    w(
        "Override.wage_scale",
        "Navnet på en lønskala i satstabellen (BEK § 5).",
        "The name of a wage scale of the rate table (BEK § 5).",
    ),
    w(
        "Override.area_group",
        "KL's områdetillægsgruppe (0–4), hvis grundløn en lønskala pr. område bruger.",
        "KL's områdetillægsgruppe (0–4) whose base wage a wage scale by area uses.",
    ),
    w(
        "Override.admin_model",
        "Modellen for tilskud til arbejdsgiveropgaver (BEK § 8).",
        "The employer-task subsidy's model (BEK § 8).",
    ),
    w(
        "Override.general_supplement_pct",
        "Generelle tillæg i procent af grundlønnen (0–100; KL tabel 4: 3,5).",
        "General supplements in percent of the base wage (0–100; KL tabel 4: 3.5).",
    ),
    w(
        "Override.weeks_per_year",
        "Uger pr. år, som ugebehovet ganges med (1–53; KL: 52).",
        "Weeks per year the weekly need is multiplied by (1–53; KL: 52).",
    ),
    w(
        "Override.mus_hours",
        "Timer til medarbejderudviklingssamtale pr. hjælper pr. år (0–8.784; KL tabel 4).",
        "Appraisal-interview hours per helper per year (0–8,784; KL tabel 4).",
    ),
    w(
        "Override.staff_meeting_hours",
        "Timer til personalemøder pr. hjælper pr. år ved to eller flere hjælpere (0–8.784; KL tabel 4).",
        "Staff-meeting hours per helper per year with two or more helpers (0–8,784; KL tabel 4).",
    ),
    w(
        "Override.standby_pct",
        "Rådighedsbetaling i procent af grundlønnen (0–100; BEK § 5 stk. 3).",
        "Standby pay in percent of the base wage (0–100; BEK § 5 stk. 3).",
    ),
    w(
        "Override.admin_pct",
        "Procentmodellens sats (0–100; BEK § 8).",
        "The overhead model's percent (0–100; BEK § 8).",
    ),
    w(
        "Override.admin_per_hour",
        "Timemodellens kroner pr. tilskudstime (0–1.000.000.000; BEK § 8).",
        "The per-hour model's kroner per grant hour (0–1,000,000,000; BEK § 8).",
    ),
    w(
        "Override.payroll_per_payslip",
        "Lønadministration pr. lønseddel i opgavemodellen, kroner (0–1.000.000.000; BEK § 8).",
        "Payroll administration per payslip in the tasks model, kroner (0–1,000,000,000; BEK § 8).",
    ),
    w(
        "Override.other_costs",
        "Beløbet efter BEK § 10, kroner pr. år (0–1.000.000.000).",
        "The BEK § 10 amount, kroner per year (0–1,000,000,000).",
    ),
    w(
        "Override.cap_hourly",
        "Kommunens loft pr. tilskudstime, kroner (0–1.000.000.000; BEK § 3 stk. 4).",
        "The municipality's cap per grant hour, kroner (0–1,000,000,000; BEK § 3 stk. 4).",
    ),
    w(
        "Override.respirator_region_pct",
        "Regionens andel i en respiratorsag i procent (0–100; KL 3.3.3).",
        "The region's share in a respirator case in percent (0–100; KL 3.3.3).",
    ),
];
