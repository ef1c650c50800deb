//! The used-hours file of `bpa settle` (SPEC 10a).

use super::{Word, w};

pub const USED: &[Word] = &[
    w(
        "UsedFile",
        "Forbrugte timer i bevillingsåret til årsopgørelsen (bpa settle; BEK § 14 stk. 2; VEJ pkt. 99–105; KL 3.7), som NAVN.used.toml ved siden af sagen NAVN.toml. bpa kontrollerer desuden: year er sagens år; [relative] findes, når en nærtstående er arbejdsgiver og selv yder timer; hver nøgle under [after_invoice] er en post, budgettet dækker efter regning.",
        "Hours used in the grant year, for the yearly account (bpa settle; BEK § 14 stk. 2; VEJ pkt. 99–105; KL 3.7), as NAME.used.toml beside the case NAME.toml. bpa also checks: year is the case's year; [relative] is there when a relative employs and gives hours personally; each key under [after_invoice] is an item the budget covers after invoice.",
    ),
    w(
        "UsedFile.year",
        "Bevillingsåret (2000–2099), det samme som sagens.",
        "The grant year (2000–2099), the case's.",
    ),
    w(
        "UsedFile.hours",
        "Forbrugte timer i året pr. tidsrum og rådighedstimer: de ansatte hjælperes timer. Timerne er fleksible mellem tidsrum (VEJ pkt. 74); ubrugte timer i alt tilbagebetales eller overføres (BEK § 15).",
        "Hours used in the year by band, and standby hours: the employed helpers' hours. Hours are flexible between bands (VEJ pkt. 74); unused hours in total are repaid or carried over (BEK § 15).",
    ),
    w(
        "UsedHours.weekday_day",
        "Mandag–fredag kl. 6–17, timer i året (0–100.000).",
        "Monday–Friday 06–17, hours in the year (0–100,000).",
    ),
    w(
        "UsedHours.weekday_evening",
        "Mandag–fredag kl. 17–23, timer i året (0–100.000).",
        "Monday–Friday 17–23, hours in the year (0–100,000).",
    ),
    w(
        "UsedHours.weekday_night",
        "Mandag–fredag kl. 23–6, timer i året (0–100.000).",
        "Monday–Friday 23–06, hours in the year (0–100,000).",
    ),
    w(
        "UsedHours.saturday",
        "Lørdag, timer i året (0–100.000).",
        "Saturday, hours in the year (0–100,000).",
    ),
    w(
        "UsedHours.sunday_holiday",
        "Søn- og helligdage, timer i året (0–100.000).",
        "Sundays and public holidays, hours in the year (0–100,000).",
    ),
    w(
        "UsedHours.standby",
        "Rådighedstimer i året (0–100.000), opgjort for sig (BEK § 5 stk. 3).",
        "Standby hours in the year (0–100,000), settled on their own (BEK § 5 stk. 3).",
    ),
    w(
        "UsedFile.relative",
        "Kun ved kt-relative med den nærtstående som arbejdsgiver: de timer, den nærtstående selv har ydet, pr. tidsrum; de værdisættes til lønnen alene (SEL § 95 stk. 3; AST 26-17). Ved overført tilskud er den nærtstående hjælper: ingen [relative].",
        "Only with kt-relative and the relative as employer: the hours the relative gave personally, by band; they are valued at the wage alone (SEL § 95 stk. 3; AST 26-17). With a transferred grant the relative is a helper: no [relative].",
    ),
    w(
        "RelativeHours.weekday_day",
        "Mandag–fredag kl. 6–17, den nærtståendes egne timer i året (0–100.000).",
        "Monday–Friday 06–17, the relative's own hours in the year (0–100,000).",
    ),
    w(
        "RelativeHours.weekday_evening",
        "Mandag–fredag kl. 17–23, den nærtståendes egne timer i året (0–100.000).",
        "Monday–Friday 17–23, the relative's own hours in the year (0–100,000).",
    ),
    w(
        "RelativeHours.weekday_night",
        "Mandag–fredag kl. 23–6, den nærtståendes egne timer i året (0–100.000).",
        "Monday–Friday 23–06, the relative's own hours in the year (0–100,000).",
    ),
    w(
        "RelativeHours.saturday",
        "Lørdag, den nærtståendes egne timer i året (0–100.000).",
        "Saturday, the relative's own hours in the year (0–100,000).",
    ),
    w(
        "RelativeHours.sunday_holiday",
        "Søn- og helligdage, den nærtståendes egne timer i året (0–100.000).",
        "Sundays and public holidays, the relative's own hours in the year (0–100,000).",
    ),
    w(
        "UsedFile.after_invoice",
        "Udgifter afholdt i året, som dækkes efter regning, kroner pr. post (0–1.000.000.000; BEK § 4 stk. 2): fx sick_pay, child_sick_days, insurance, maternity, courses, g_days, work_environment. Hvilke poster der findes, afhænger af budgettet (bpa kontrollerer).",
        "Costs paid in the year that are covered after invoice, kroner per item (0–1,000,000,000; BEK § 4 stk. 2): such as sick_pay, child_sick_days, insurance, maternity, courses, g_days, work_environment. Which items exist depends on the budget (bpa checks).",
    ),
    w(
        "UsedFile.after_invoice.*",
        "Kroner afholdt i året for denne post (0–1.000.000.000).",
        "Kroner paid in the year for this item (0–1,000,000,000).",
    ),
];
