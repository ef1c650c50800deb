//! The rate table (SPEC 11; docs/rates.md): contributions, employer tasks
//! and the service level.

use super::{Word, w};

const SOURCE_DA: &str = "Hvor tallene er offentliggjort (udgivelse og dato), eller regnestykket der har udledt dem. Påkrævet i den flettede tabel.";
const SOURCE_EN: &str = "Where the figures were published (publication and date), or the arithmetic that derived them. Required in the merged table.";
const SOURCE_DA_DA: &str = "Kilden på dansk, til dansk udskrift.";
const SOURCE_DA_EN: &str = "The source in Danish, for Danish output.";
const CITE_DA: &str = "Hvordan borgerens bilag til afgørelsen angiver kilden, på engelsk: udgiver og dato i almindelige ord (fx \"KL's guidance (2022), table 4\"). source beholder sagsbehandlerens arbejdsnoter, som bilaget aldrig viser; uden cite viser bilaget source.";
const CITE_EN: &str = "How the citizen's decision attachment names the source, in English: publisher and date in plain words (such as \"KL's guidance (2022), table 4\"). source keeps the caseworker's working notes, which the attachment never shows; without cite the attachment shows source.";
const CITE_DA_DA: &str = "Kildeangivelsen på dansk til bilaget på dansk (fx \"KL, løntabel pr. 1.10.2024\"); uden den viser bilaget source_da.";
const CITE_DA_EN: &str = "The citation in Danish, for the Danish attachment (such as \"KL, løntabel pr. 1.10.2024\"); without it the attachment shows source_da.";
const PLACEHOLDER_DA: &str = "true: tallet står i stedet for kommunens egen beslutning (fx § 10-beløbet eller en procentsats); et budget, der bruger det, får bemærkningen rate_placeholder, og bilaget er ikke klar til afsendelse, før kommunens tabel fastsætter tallet. Standard false.";
const PLACEHOLDER_EN: &str = "true: the figure stands in for the municipality's own decision (such as the § 10 amount or an overhead percent); a budget that uses it gets the note rate_placeholder, and its attachment is not ready to send until the municipality's table sets the figure. Default false.";
const VERIFIED_DA: &str = "true (standard), når tallene er offentliggjort for netop dette år; false, når de er videreført eller udledt.";
const VERIFIED_EN: &str = "true (the default) when the figures were published for this very year; false when carried forward or derived.";

pub const TASKS: &[Word] = &[
    w(
        "RateTable.contributions",
        "De lovpligtige arbejdsgiverbidrag efter navn, i udskriftens rækkefølge (BEK § 5 stk. 5; KL 3.4.3). ATP regnes først; årsværk er ATP / (12 × fuld sats).",
        "The statutory employer contributions by name, in the order printed (BEK § 5 stk. 5; KL 3.4.3). ATP comes first; full-time equivalents are ATP / (12 × full rate).",
    ),
    w(
        "Contribution",
        "Et lovpligtigt bidrag: grundlag, sats og hvilke arbejdsgivere der betaler det.",
        "A statutory contribution: basis, rate and which employers pay it.",
    ),
    w(
        "Contribution.name",
        "Linjens navn på dansk.",
        "The line's name in Danish.",
    ),
    w(
        "Contribution.name_en",
        "Linjens navn på engelsk.",
        "The line's name in English.",
    ),
    w(
        "Contribution.legal",
        "Linjens hjemmel.",
        "The line's legal reference.",
    ),
    w(
        "Contribution.basis",
        "Hvordan årsbeløbet findes.",
        "How the yearly amount is found.",
    ),
    w(
        "ContributionBasis=atp_brackets",
        "ATP efter trin: beløb pr. måned efter timer pr. hjælper (brackets).",
        "ATP by brackets: an amount per month by hours per helper (brackets).",
    ),
    w(
        "ContributionBasis=per_fte_year",
        "Kroner pr. årsværk pr. år.",
        "Kroner per full-time equivalent per year.",
    ),
    w(
        "ContributionBasis=per_fte_quarter",
        "Kroner pr. årsværk pr. kvartal (× 4).",
        "Kroner per full-time equivalent per quarter (× 4).",
    ),
    w(
        "ContributionBasis=per_helper_year",
        "Kroner pr. hjælper pr. år.",
        "Kroner per helper per year.",
    ),
    w(
        "ContributionBasis=per_skilled_helper_year",
        "Kroner pr. faglært hjælper pr. år (extra.skilled_helpers).",
        "Kroner per skilled helper per year (extra.skilled_helpers).",
    ),
    w(
        "ContributionBasis=per_hour",
        "Kroner pr. ansat time.",
        "Kroner per employed hour.",
    ),
    w(
        "ContributionBasis=pct_of_wages",
        "Procent af de ansatte hjælperes løn.",
        "Percent of the employed helpers' pay.",
    ),
    w(
        "Contribution.rate",
        "Beløbet pr. enhed af grundlaget (0–1.000.000.000); ikke ved atp_brackets, ellers påkrævet (bpa kontrollerer).",
        "The amount per unit of the basis (0–1,000,000,000); not for atp_brackets, else required (bpa checks).",
    ),
    w(
        "Contribution.brackets",
        "Kun ved atp_brackets: arbejdsgiverens ATP pr. måned fra et antal timer pr. hjælper pr. måned; det højeste beløb er den fulde sats.",
        "Only for atp_brackets: the employer's ATP per month from a number of hours per helper per month; the highest amount is the full rate.",
    ),
    w(
        "Bracket",
        "Et ATP-trin: fra min_hours timer pr. måned betales monthly kroner.",
        "An ATP bracket: from min_hours hours a month, monthly kroner are paid.",
    ),
    w(
        "Bracket.min_hours",
        "Timer pr. hjælper pr. måned, trinnet gælder fra.",
        "Hours per helper per month the bracket starts at.",
    ),
    w(
        "Bracket.monthly",
        "Arbejdsgiverens ATP pr. måned, kroner.",
        "The employer's ATP per month, kroner.",
    ),
    w(
        "Contribution.applies_to",
        "Arbejdsgiverne, der betaler bidraget.",
        "The employers who pay the contribution.",
    ),
    w(
        "Contribution.applies_when",
        "Hvad arbejdsgiveren skal være, for at bidraget gælder, på dansk, hvor applies_to lader nogle ude (FIB: \"registreret for moms eller lønsumsafgift\"); budgettet siger det ved bidraget, og hvorfor en anden arbejdsgiver ikke betaler det (BEK § 3 stk. 3).",
        "What the employer must be for the contribution to apply, in Danish, where applies_to leaves some out (FIB: \"registreret for moms eller lønsumsafgift\"); the budget says it beside the contribution, and why another employer does not pay it (BEK § 3 stk. 3).",
    ),
    w(
        "Contribution.applies_when_en",
        "Det samme på engelsk.",
        "The same in English.",
    ),
    w(
        "Contribution.first_employee_exempt_for",
        "Arbejdsgivere, for hvem det første årsværk er fritaget (AUB).",
        "Employers for whom the first full-time equivalent is exempt (AUB).",
    ),
    w("Employer", "En slags arbejdsgiver.", "A kind of employer."),
    w(
        "Contribution.after_invoice",
        "true: dækkes efter regning og budgetteres ikke (Barsel.dk; BEK § 4 stk. 2 og § 6; VEJ pkt. 78, 80, 94); vises med skønnet sats × årsværk.",
        "true: covered after invoice, not budgeted (Barsel.dk; BEK § 4 stk. 2 and § 6; VEJ pkt. 78, 80, 94); shown with the estimate rate × FTE.",
    ),
    w("Contribution.source", SOURCE_DA, SOURCE_EN),
    w("Contribution.source_da", SOURCE_DA_DA, SOURCE_DA_EN),
    w("Contribution.cite", CITE_DA, CITE_EN),
    w("Contribution.cite_da", CITE_DA_DA, CITE_DA_EN),
    w("Contribution.placeholder", PLACEHOLDER_DA, PLACEHOLDER_EN),
    w("Contribution.verified", VERIFIED_DA, VERIFIED_EN),
    w(
        "RateTable.employer_tasks",
        "Tilskud til arbejdsgiveropgaver: KL bilag 1's opgavekatalog og timesatsen (BEK § 8; KL tabel 5). bpa kontrollerer desuden: ac_share_pct højst 100.",
        "The employer-task subsidy: KL bilag 1's catalogue of tasks and the hourly rate (BEK § 8; KL tabel 5). bpa also checks: ac_share_pct at most 100.",
    ),
    w(
        "EmployerTasks.price_level_year",
        "Året for AC- og HK-satsernes prisniveau.",
        "The year of the AC and HK rates' price level.",
    ),
    w(
        "EmployerTasks.ac_hourly",
        "Timepris for en akademisk medarbejder (AC) inkl. overhead, kroner (KL tabel 5).",
        "Hourly cost of graduate staff (AC) incl. overhead, kroner (KL tabel 5).",
    ),
    w(
        "EmployerTasks.hk_hourly",
        "Timepris for en kontormedarbejder (HK) inkl. overhead, kroner (KL tabel 5).",
        "Hourly cost of clerical staff (HK) incl. overhead, kroner (KL tabel 5).",
    ),
    w(
        "EmployerTasks.ac_share_pct",
        "AC's andel af den blandede timesats i procent (KL tabel 5: 50).",
        "AC's share of the blended hourly rate in percent (KL tabel 5: 50).",
    ),
    w(
        "EmployerTasks.index_factor",
        "Fremskriver satserne fra prisniveauet til bevillingsåret.",
        "Indexes the rates from the price level to the grant year.",
    ),
    w(
        "EmployerTasks.substitute_cover",
        "BEK § 8 nr. 4: hjælp til at sikre afløsning; udeladt = ikke fastsat.",
        "BEK § 8 nr. 4: helping to secure substitute cover; left out = not set.",
    ),
    w(
        "EmployerTasks.office",
        "BEK § 8 nr. 6: regnskab, ledelse og kontor inkl. IT og husleje ud over overhead i AC/HK-satsen; udeladt = ikke fastsat.",
        "BEK § 8 nr. 6: accounts, management and office incl. IT and rent beyond the overhead in the AC/HK rate; left out = not set.",
    ),
    w(
        "TaskTime.hours",
        "Timer pr. år pr. ordning eller pr. hjælper.",
        "Hours per year per scheme or per helper.",
    ),
    w(
        "TaskTime.unit",
        "Hvad timerne gælder pr.",
        "What the hours are per.",
    ),
    w("TaskTime.source", SOURCE_DA, SOURCE_EN),
    w("TaskTime.source_da", SOURCE_DA_DA, SOURCE_DA_EN),
    w("TaskTime.cite", CITE_DA, CITE_EN),
    w("TaskTime.cite_da", CITE_DA_DA, CITE_DA_EN),
    w("TaskTime.verified", VERIFIED_DA, VERIFIED_EN),
    w(
        "EmployerTasks.kt",
        "Opgaverne ved kontant tilskud (KL bilag 1 tabel 8). Listen erstattes helt ved extends.",
        "The tasks for a cash grant (KL bilag 1 tabel 8). The list is replaced whole by extends.",
    ),
    w(
        "EmployerTasks.bpa",
        "Opgaverne ved BPA (KL bilag 1 tabel 9). Listen erstattes helt ved extends.",
        "The tasks for BPA (KL bilag 1 tabel 9). The list is replaced whole by extends.",
    ),
    w(
        "Task",
        "En arbejdsgiveropgave i KL bilag 1: tid, enhed, betingelse og hvem der dækker den. bpa kontrollerer desuden: de nøgler, enheden og betingelsen kræver.",
        "An employer task of KL bilag 1: time, unit, condition and who covers it. bpa also checks: the keys its unit and condition need.",
    ),
    w("Task.id", "Opgavens id.", "The task's id."),
    w(
        "Task.group",
        "Opgavens gruppe i kataloget.",
        "The task's group in the catalogue.",
    ),
    w("Task.task", "Opgaven på dansk.", "The task in Danish."),
    w(
        "Task.task_en",
        "Opgaven på engelsk.",
        "The task in English.",
    ),
    w(
        "Task.minutes",
        "Minutter pr. enhed (0–1.000.000.000); udeladt: tid ikke fastsat.",
        "Minutes per unit (0–1,000,000,000); left out: time not set.",
    ),
    w(
        "Task.unit",
        "Hvad tiden gælder pr.",
        "What the time is per.",
    ),
    w("TaskUnit=per_scheme", "Pr. ordning.", "Per scheme."),
    w("TaskUnit=per_helper", "Pr. hjælper.", "Per helper."),
    w(
        "TaskUnit=per_new_hire",
        "Pr. nyansættelse.",
        "Per new hire.",
    ),
    w(
        "TaskUnit=per_applicant_round",
        "Pr. ansøger pr. rekrutteringsrunde (applicants og rounds).",
        "Per applicant per recruitment round (applicants and rounds).",
    ),
    w(
        "TaskUnit=per_round",
        "Pr. runde (rounds).",
        "Per round (rounds).",
    ),
    w(
        "Task.applicants",
        "Ansøgere pr. runde, ved per_applicant_round.",
        "Applicants per round, for per_applicant_round.",
    ),
    w(
        "Task.rounds",
        "Runder pr. år, ved per_applicant_round og per_round.",
        "Rounds per year, for per_applicant_round and per_round.",
    ),
    w(
        "Task.condition",
        "Hvornår opgaven tælles med.",
        "When the task counts.",
    ),
    w("TaskCondition=always", "Altid.", "Always."),
    w(
        "TaskCondition=new_or_insecure",
        "Kun for en ny eller usikker borger (admin.new_or_insecure).",
        "Only for a new or insecure citizen (admin.new_or_insecure).",
    ),
    w(
        "TaskCondition=transfer_year_1",
        "Kun i første år med arbejdsgiveren (admin.transfer_year = 1).",
        "Only in the first year with the employer (admin.transfer_year = 1).",
    ),
    w(
        "TaskCondition=share",
        "En andel af tiden (share).",
        "A share of the time (share).",
    ),
    w(
        "TaskCondition=share_by_transfer_year",
        "En andel, der følger sagens overdragelsesår (shares: år 1, år 2, år 3 og senere; admin.transfer_year): KL's revurdering af APV, \"30 pct. i år 2 og 40 pct. hvert år fremefter\".",
        "A share that follows the case's transfer year (shares: year 1, year 2, year 3 and later; admin.transfer_year): KL's APV reassessment, \"30 pct. i år 2 og 40 pct. hvert år fremefter\".",
    ),
    w(
        "Task.shares",
        "Ved condition = \"share_by_transfer_year\": tre brøker fra 0 til 1 for år 1, år 2 og år 3 og senere (bpa kontrollerer).",
        "With condition = \"share_by_transfer_year\": three fractions from 0 to 1 for year 1, year 2, and year 3 and later (bpa checks).",
    ),
    w(
        "YearShare",
        "Andelen af alle ordninger i et overdragelsesår, en brøk fra 0 til 1.",
        "The share of all schemes in a transfer year, a fraction from 0 to 1.",
    ),
    w(
        "Task.share",
        "Ved condition = \"share\": andelen som brøk fra 0 til 1 (bpa kontrollerer).",
        "With condition = \"share\": the share as a fraction from 0 to 1 (bpa checks).",
    ),
    w(
        "Task.cover",
        "Hvem der dækker opgaven.",
        "Who covers the task.",
    ),
    w(
        "TaskCover=subsidy",
        "I tilskuddet efter BEK § 8 med katalogets tid.",
        "In the BEK § 8 amount at the catalogue's time.",
    ),
    w(
        "TaskCover=after_invoice",
        "Alt, hvad KL bilag 1 opfører under \"Overholdelse af arbejdsmiljøregler (dækkes efter regning)\": dækkes efter regning (BEK § 4 stk. 2, § 7), aldrig i § 8-beløbet; en opgave med tid indgår i skønnet over arbejdsmiljøet, en uden tid opføres for sig.",
        "Everything KL bilag 1 lists under \"Overholdelse af arbejdsmiljøregler (dækkes efter regning)\": covered after invoice (BEK § 4 stk. 2, § 7), never in the § 8 amount; a task with a time is in the work-environment estimate, one without is listed on its own.",
    ),
    w(
        "TaskCover=municipal",
        "\"Lig tidligere kommunal varetagelse\": arbejdsgiverens opgave med den tid, kommunen selv brugte (minutes); uden den tid ikke fastsat.",
        "\"Lig tidligere kommunal varetagelse\": the employer's task at the time the municipality itself used (minutes); without it time not set.",
    ),
    w(
        "Task.recruitment",
        "true: en rekrutteringsopgave (samtaler og transport til dem), kun ved nyansættelser; jobbeskrivelser og jobannoncer er 100 pct. hvert år.",
        "true: a recruitment task (interviews and their travel), only with new hires; job descriptions and ads are 100 pct. every year.",
    ),
    w("Task.source", SOURCE_DA, SOURCE_EN),
    w("Task.source_da", SOURCE_DA_DA, SOURCE_DA_EN),
    w("Task.cite", CITE_DA, CITE_EN),
    w("Task.cite_da", CITE_DA_DA, CITE_DA_EN),
    w("Task.verified", VERIFIED_DA, VERIFIED_EN),
    w(
        "RateTable.service_level",
        "Kommunens generelle valg (KL 3.4.1; VEJ pkt. 61); en sag afviger under [override]. bpa kontrollerer desuden: wage_scale findes i tabellen og har en grundløn for area_group; weeks_per_year fra 1 til 53.",
        "The municipality's general choices (KL 3.4.1; VEJ pkt. 61); a case deviates under [override]. bpa also checks: wage_scale is a scale of the table with a base wage for area_group; weeks_per_year from 1 to 53.",
    ),
    w(
        "ServiceLevel.wage_scale",
        "Navnet på lønskalaen, der bruges.",
        "The name of the wage scale used.",
    ),
    w(
        "ServiceLevel.area_group",
        "Kommunens områdetillægsgruppe (0–4; standard 2), hvis grundløn en lønskala pr. område bruger. Et valg, ikke et tal med kilde.",
        "The municipality's områdetillægsgruppe (0–4; default 2), whose base wage a wage scale by area uses. A choice, not a figure with a source.",
    ),
    w(
        "ServiceLevel.municipality",
        "Kommunens navn, som serviceniveauet er dens: står i afgørelsesbilaget, dets klagevejledning og øverst på hver trykt side.",
        "The name of the municipality whose service level this is: in the decision attachment, its complaints guidance and at the head of every printed page.",
    ),
    w(
        "ServiceLevel.admin_model",
        "Standardmodellen for tilskud til arbejdsgiveropgaver (BEK § 8).",
        "The default employer-task subsidy model (BEK § 8).",
    ),
    w(
        "ServiceLevel.general_supplement_pct",
        "Generelle tillæg i procent af grundlønnen (KL tabel 4: 3,5).",
        "General supplements in percent of the base wage (KL tabel 4: 3.5).",
    ),
    w(
        "ServiceLevel.weeks_per_year",
        "Uger pr. år, som ugebehovet ganges med (KL: 52).",
        "Weeks per year the weekly need is multiplied by (KL: 52).",
    ),
    w(
        "ServiceLevel.mus_hours",
        "Timer til medarbejderudviklingssamtale pr. hjælper pr. år (KL tabel 4).",
        "Appraisal-interview hours per helper per year (KL tabel 4).",
    ),
    w(
        "ServiceLevel.staff_meeting_hours",
        "Timer til personalemøder pr. hjælper pr. år ved to eller flere hjælpere (KL tabel 4).",
        "Staff-meeting hours per helper per year with two or more helpers (KL tabel 4).",
    ),
    w(
        "ServiceLevel.standby_pct",
        "Erstatter lønskalaens rådighedsprocent.",
        "Replaces the wage scale's standby percent.",
    ),
    w(
        "ServiceLevel.admin_pct",
        "Procentmodellens sats (BEK § 8).",
        "The overhead model's percent (BEK § 8).",
    ),
    w(
        "ServiceLevel.admin_per_hour",
        "Timemodellens kroner pr. tilskudstime (BEK § 8).",
        "The per-hour model's kroner per grant hour (BEK § 8).",
    ),
    w(
        "ServiceLevel.payroll_per_payslip",
        "Lønadministration pr. lønseddel i opgavemodellen, kroner.",
        "Payroll administration per payslip in the tasks model, kroner.",
    ),
    w(
        "ServiceLevel.other_costs",
        "Beløbet efter BEK § 10, kroner pr. år (VEJ pkt. 91–92).",
        "The BEK § 10 amount, kroner per year (VEJ pkt. 91–92).",
    ),
    w(
        "ServiceLevel.cap_hourly",
        "Loftet pr. tilskudstime, kroner (BEK § 3 stk. 4); uden det kontrolleres loftet ikke.",
        "The cap per grant hour, kroner (BEK § 3 stk. 4); without it the cap is not checked.",
    ),
    w(
        "ServiceLevel.respirator_region_pct",
        "Regionens andel i en respiratorsag i procent (KL 3.3.3: 67).",
        "The region's share in a respirator case in percent (KL 3.3.3: 67).",
    ),
];
