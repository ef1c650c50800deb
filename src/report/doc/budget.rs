//! The budget (`bpa calc`) as a document: the sections of SPEC 12 in order.

use rust_decimal::Decimal;

use super::costs;
use super::lines::lines_section;
use super::payments::{payments_section, transition_section};
use super::{Block, Doc, Kind, Section, Table};
use crate::budget::Budget;
use crate::calc::totals::Verdict;
use crate::rates::Fig;
use crate::report::{Lang, basis, employer_name, money, number, origin, scheme_name};

use Kind::{Amount, Hours, Text};

/// The whole budget, section by section.
#[must_use]
pub fn build(b: &Budget, lang: Lang) -> Doc {
    let mut doc = Doc {
        title: Some(format!(
            "{} {}",
            lang.say("Tilskudsberegning", "Grant calculation"),
            b.id
        )),
        lead: vec![lead(b, lang)],
        blocks: Vec::new(),
        running: None,
    };
    if !b.period.is_whole_year() {
        doc.para(super::period::period_line(b, lang));
    }
    if let Some(line) = super::period::ending_line(b, lang) {
        doc.para(line);
    }
    if let Some(s) = deviations_section(b, lang) {
        doc.section(s);
    }
    doc.section(hours_section(b, lang));
    if let Some(s) = &b.hours.schedule {
        for section in super::other::schedule_sections(s, b.year, lang) {
            doc.section(section);
        }
    }
    doc.section(bands_section(b, lang));
    doc.section(wages_section(b, lang));
    doc.section(costs::contributions_section(b, lang));
    doc.section(costs::employer_tasks_section(b, false, lang));
    if let Some(s) = costs::special_costs_section(b, lang) {
        doc.section(s);
    }
    doc.section(costs::other_costs_section(b, lang));
    doc.section(totals_section(b, lang));
    doc.section(payments_section(b, lang));
    if let Some(tr) = &b.transition {
        doc.section(transition_section(b, tr, lang));
    }
    doc.section(cap_section(b, lang, |f| {
        crate::report::source(&f.source, lang)
    }));
    if let Some(r) = &b.respirator {
        doc.section(region_section(r, lang));
    }
    doc.section(after_invoice_section(b, lang));
    doc.blocks.push(warnings(&b.warnings, lang));
    if !b.notes.is_empty() {
        doc.section(notes_section(b, lang));
    }
    if let Some(s) = open_section(b, lang) {
        doc.section(s);
    }
    doc
}

/// What must be settled before the attachment is sent (SPEC 12), for the
/// caseworker: the same list `--format html|md|xlsx` prints on stderr.
fn open_section(b: &Budget, lang: Lang) -> Option<Section> {
    let open = crate::budget::open::open_points(b);
    if open.is_empty() {
        return None;
    }
    let mut t = Table::new(&[(lang.say("Åbent punkt", "Open point"), Text)]);
    for p in &open {
        t.row([crate::report::words::open_point(p, lang)]);
    }
    Some(
        Section::new(lang.say(
            "Åbne punkter: bilaget er ikke klar til afsendelse (til sagsbehandleren)",
            "Open points: the attachment is not ready to send (for the caseworker)",
        ))
        .table(t),
    )
}

/// The line under the title: year, scheme, employer, wage scale and rates.
fn lead(b: &Budget, lang: Lang) -> String {
    format!(
        "{} {} · {} · {}: {} · {}: {} · {}: {}",
        lang.say("Bevillingsår", "Grant year"),
        b.year,
        scheme_name(b.scheme, lang),
        lang.say("Arbejdsgiver", "Employer"),
        employer_name(b.employer, lang),
        lang.say("Lønskala", "Wage scale"),
        crate::report::wage_basis_name(b, lang),
        lang.say("Satser", "Rates"),
        origin(&b.rates_origin, lang)
    )
}

/// The case's deviations from the service level (VEJ pkt. 61), if any.
fn deviations_section(b: &Budget, lang: Lang) -> Option<Section> {
    if b.deviations.is_empty() {
        return None;
    }
    let mut t = Table::new(&[
        (lang.say("Serviceniveau", "Service level"), Text),
        (lang.say("Standard", "Standard"), Text),
        (lang.say("I denne sag", "In this case"), Text),
    ]);
    for d in &b.deviations {
        t.row([
            super::names::service_level(&d.key, lang),
            d.standard.clone().unwrap_or_else(|| "—".into()),
            d.case.clone(),
        ]);
    }
    Some(
        Section::new(lang.say(
            "Individuelle afvigelser fra serviceniveauet (VEJ pkt. 61)",
            "Individual deviations from the service level (VEJ pkt. 61)",
        ))
        .table(t),
    )
}

/// The hour allocation (VEJ pkt. 28–29, 67–68) and the average per week.
fn hours_section(b: &Budget, lang: Lang) -> Section {
    let h = &b.hours;
    lines_section(
        lang.say("Timeudmåling", "Hour allocation"),
        &h.lines,
        (
            lang.say("Bevilgede timer i alt", "Grant hours in all"),
            h.total,
        ),
        true,
        lang,
    )
    .para(average_per_week(b, lang))
}

/// The wage budget: wages, pension and holiday pay (BEK § 5).
fn wages_section(b: &Budget, lang: Lang) -> Section {
    lines_section(
        lang.say("Lønbudget", "Wage budget"),
        &b.wages.lines,
        (
            lang.say(
                "Løn, pension og feriegodtgørelse i alt",
                "Wages, pension and holiday pay in all",
            ),
            b.wages.total,
        ),
        false,
        lang,
    )
}

/// The split of a respirator scheme with the region (KL 3.3.3; VEJ pkt. 92).
#[must_use]
pub fn region_section(r: &crate::calc::totals::RespiratorSplit, lang: Lang) -> Section {
    let mut t = Table::new(&[
        (lang.say("Respiratorordning", "Respirator scheme"), Text),
        (lang.say("Kr.", "DKK"), Amount),
    ]);
    t.row([
        lang.say(
            "Delt: løn, bidrag og arbejdsgiveropgaven",
            "Shared: wages, contributions and employer tasks",
        )
        .to_string(),
        money(r.shared, lang),
    ]);
    t.row([
        format!(
            "{} ({} %)",
            lang.say("Regionen", "The region"),
            number(r.region_pct, 2, lang)
        ),
        money(r.region, lang),
    ]);
    t.row([
        lang.say(
            "Kommunen (resten, med § 10-beløb og modregning)",
            "The municipality (the rest, with the § 10 amount and offsets)",
        )
        .to_string(),
        money(r.municipality, lang),
    ]);
    Section::new(format!(
        "{} (KL 3.3.3; VEJ pkt. 92)",
        lang.say("Fordeling med regionen", "Split with the region")
    ))
    .table(t)
}

/// The costs covered after invoice, outside the grant (BEK § 4 stk. 2).
#[must_use]
pub fn after_invoice_section(b: &Budget, lang: Lang) -> Section {
    let mut t = Table::new(&[
        (lang.say("Post", "Item"), Text),
        (lang.say("Regel", "Rule"), Text),
        (lang.say("Hjemmel", "Legal ground"), Text),
        (lang.say("Skøn, kr.", "Estimate, DKK"), Amount),
    ]);
    for a in &b.after_invoice {
        t.row([
            lang.pick(&a.label).to_string(),
            crate::report::after_invoice_rule(a, lang),
            a.legal.clone(),
            a.estimate.map(|e| money(e, lang)).unwrap_or_default(),
        ]);
    }
    let s = Section::new(lang.say(
        "Dækkes efter regning (BEK § 4 stk. 2)",
        "Covered after invoice (BEK § 4 stk. 2)",
    ));
    if b.after_invoice.is_empty() {
        return s.para(lang.say(
            "Ingen: der er ingen ansatte hjælpere, så ingen af udgifterne kan opstå.",
            "None: there are no employed helpers, so none of these costs can arise.",
        ));
    }
    s.table(t)
}

/// The warnings with their legal ground, or a line saying there are none.
pub(super) fn warnings(list: &[crate::calc::checks::Warning], lang: Lang) -> Block {
    if list.is_empty() {
        return Block::Para(format!(
            "{}: {}",
            lang.say("Advarsler", "Warnings"),
            lang.say("ingen", "none")
        ));
    }
    // The code beside each warning, in both languages: it is what a
    // batch row, JSON and `--strict` scripts name, and what the course teaches.
    let mut t = Table::new(&[
        (lang.say("Kode", "Code"), Text),
        (lang.say("Advarsel", "Warning"), Text),
        (lang.say("Hjemmel", "Legal ground"), Text),
    ]);
    for w in list {
        t.row([
            w.code.to_string(),
            crate::report::words::warning(w, lang).to_string(),
            w.legal.to_string(),
        ]);
    }
    Block::Section(Section::new(lang.say("Advarsler", "Warnings")).table(t))
}

/// The notes on the rate table, for the caseworker.
fn notes_section(b: &Budget, lang: Lang) -> Section {
    let mut t = Table::new(&[
        (
            lang.say("Note om satstabellen", "Note on the rate table"),
            Text,
        ),
        (lang.say("Satser", "Rates"), Text),
    ]);
    for n in &b.notes {
        t.row([
            crate::report::words::note(n, lang),
            n.figures
                .iter()
                .map(|f| super::names::figure(&f.path, lang))
                .collect::<Vec<_>>()
                .join(", "),
        ]);
    }
    Section::new(lang.say(
        "Noter om satstabellen (til sagsbehandleren)",
        "Notes on the rate table (for the caseworker)",
    ))
    .table(t)
}

/// The grant hours per week on average: hours / weeks of the period, or
/// / (days / 7) for a schedule on the calendar.
#[must_use]
pub fn average_per_week(b: &Budget, lang: Lang) -> String {
    let h = &b.hours;
    let weeks = match &h.schedule {
        Some(s) => format!("({} {} / 7)", s.days, lang.say("dage", "days")),
        None => format!(
            "{} {}",
            number(h.period_weeks, crate::calc::dp_for(h.period_weeks), lang),
            lang.say("uger", "weeks")
        ),
    };
    format!(
        "{}: {} {} / {} = {} {}",
        lang.say("Gennemsnit pr. uge", "Average per week"),
        number(h.total, 2, lang),
        lang.say("t", "h"),
        weeks,
        number(h.per_week, 2, lang),
        lang.say("t/uge", "h/week")
    )
}

/// The grant hours by band and what they are made of, with a sum row.
#[must_use]
pub fn bands_section(b: &Budget, lang: Lang) -> Section {
    let h = &b.hours;
    let relative = !h.relative_total().is_zero();
    let double_weeks = h.bands.iter().any(|x| !x.double_cover_weeks.is_zero());
    let mut head = vec![
        (lang.say("Tidsrum", "Band"), Text),
        (lang.say("Behov", "Need"), Hours),
        (lang.say("Døgndækning", "Full cover"), Hours),
    ];
    if double_weeks {
        head.push((
            lang.say("Dobbeltdækning, uger", "Double cover, weeks"),
            Hours,
        ));
    }
    head.extend([
        (
            lang.say(
                "Oplæring, kurser, pulje m.v.",
                "Training, courses, pool etc.",
            ),
            Hours,
        ),
        (lang.say("Møder", "Meetings"), Hours),
    ]);
    let standby = !h.standby.is_zero();
    if standby {
        head.push((lang.say("Rådighed", "Standby"), Hours));
    }
    head.push((lang.say("I alt", "Total"), Hours));
    if relative {
        head.push((
            lang.say("Heraf nærtstående", "Of which the relative"),
            Hours,
        ));
    }
    let mut t = Table::new(&head);
    let mut sums = vec![Decimal::ZERO; head.len() - 1];
    for x in &h.bands {
        let mut nums = vec![x.need, x.full_cover];
        if double_weeks {
            nums.push(x.double_cover_weeks);
        }
        nums.extend([x.extras, x.meetings]);
        if standby {
            nums.push(Decimal::ZERO);
        }
        nums.push(x.total);
        if relative {
            nums.push(x.relative);
        }
        let mut row = vec![lang.pick(&h.band_label(x.band)).to_string()];
        for (sum, v) in sums.iter_mut().zip(&nums) {
            *sum += *v;
            row.push(money(*v, lang));
        }
        t.row(row);
    }
    if standby {
        // Standby hours lie in no band: their own row, in the standby and
        // total columns.
        let mut row = vec![lang.say("Rådighedstimer", "Standby hours").to_string()];
        let cols = sums.len();
        let total_col = if relative { cols - 2 } else { cols - 1 };
        for (i, sum) in sums.iter_mut().enumerate() {
            if i == total_col || i + 1 == total_col {
                *sum += h.standby;
                row.push(money(h.standby, lang));
            } else {
                row.push(money(Decimal::ZERO, lang));
            }
        }
        t.row(row);
    }
    let mut row = vec![lang.say("I alt", "In all").to_string()];
    row.extend(sums.iter().map(|v| money(*v, lang)));
    t.total(row);
    Section::new(if b.period.is_whole_year() {
        lang.say(
            "Timer fordelt på tidsrum (pr. år)",
            "Hours by band (per year)",
        )
    } else {
        lang.say(
            "Timer fordelt på tidsrum (i perioden)",
            "Hours by band (in the period)",
        )
    })
    .table(t)
}

/// The grant total from the section totals (BEK §§ 4–10), with the
/// reduction to the cap when the cap is exceeded.
#[must_use]
pub fn totals_section(b: &Budget, lang: Lang) -> Section {
    let tt = &b.totals;
    let mut t = Table::new(&[
        (lang.say("Post", "Item"), Text),
        (lang.say("Kr.", "DKK"), Amount),
        (lang.say("Beregning", "Basis"), Text),
    ]);
    for (label, amount) in [
        (
            lang.say(
                "Løn, pension og feriegodtgørelse",
                "Wages, pension and holiday pay",
            ),
            b.wages.total,
        ),
        (
            lang.say("Lovpligtige bidrag", "Statutory contributions"),
            b.contributions.total,
        ),
        (
            lang.say("Arbejdsgiveropgaven", "Employer tasks"),
            b.employer_tasks.total,
        ),
    ] {
        t.row([label.to_string(), money(amount, lang), String::new()]);
    }
    if !b.special_costs.lines.is_empty() {
        t.row([
            lang.say("Særlige udgifter", "Special costs").to_string(),
            money(b.special_costs.total, lang),
            String::new(),
        ]);
    }
    for l in tt.cap_line.iter().chain(&tt.price_line) {
        t.row([
            lang.pick(&l.label).to_string(),
            money(l.amount, lang),
            basis(&l.basis, lang),
        ]);
    }
    t.row([
        lang.say("Andre udgifter og modregning", "Other costs and offsets")
            .to_string(),
        money(b.other_costs.total, lang),
        String::new(),
    ]);
    t.total([
        level_label(b, lang).to_string(),
        money(tt.level_total, lang),
        String::new(),
    ]);
    let mut section =
        Section::new(lang.say("Samlet tilskud (BEK §§ 4–10)", "Grant total (BEK §§ 4–10)"))
            .table(t);
    if tt.price_line.is_some() {
        let who = match b.employer {
            crate::case::Employer::Association => lang.say("Foreningen", "The association"),
            _ => lang.say("Virksomheden", "The company"),
        };
        section = section.para(format!(
            "{who} {}",
            lang.say(
                "udbyder ordningen til en lavere pris end det udmålte tilskud og modtager højst sin pris (BEK § 3 stk. 3; VEJ pkt. 63).",
                "offers the scheme for less than the grant calculated and receives at most its price (BEK § 3 stk. 3; VEJ pkt. 63).",
            )
        ));
    }
    if tt.grant_total == tt.level_total {
        return section;
    }
    section.table(year_pays(b, lang))
}

/// The level's name: per year, or for a shorter period.
fn level_label(b: &Budget, lang: Lang) -> &'static str {
    if b.period.is_whole_year() {
        lang.say("Tilskud i alt pr. år", "Grant total per year")
    } else {
        lang.say("Tilskud i alt i perioden", "Grant total for the period")
    }
}

/// What the year pays when it is not the level: the previous help under
/// SEL § 3 a until the new level, and what is covered after the period
/// (SEL § 96 c; VEJ pkt. 107); the payments add up to it (SPEC 8).
fn year_pays(b: &Budget, lang: Lang) -> Table {
    let tt = &b.totals;
    let mut t = Table::new(&[
        (lang.say("Udbetales", "Paid"), Text),
        (lang.say("Kr.", "DKK"), Amount),
        (lang.say("Beregning", "Basis"), Text),
    ]);
    t.row([
        level_label(b, lang).to_string(),
        money(tt.level_total, lang),
        String::new(),
    ]);
    if let Some(tr) = &b.transition {
        let more = tr.total - tt.level_total;
        t.row([
            lang.say(
                "Tidligere hjælp indtil det nye niveau (SEL § 3 a)",
                "Previous help until the new level (SEL § 3 a)",
            )
            .to_string(),
            money(more, lang),
            format!(
                "{} − {}",
                money(tr.total, lang),
                money(tt.level_total, lang)
            ),
        ]);
    }
    for l in &tt.after_end {
        t.row([
            lang.pick(&l.label).to_string(),
            money(l.amount, lang),
            basis(&l.basis, lang),
        ]);
    }
    t.total([
        lang.say("Udbetales i alt", "Paid in all").to_string(),
        money(tt.grant_total, lang),
        String::new(),
    ]);
    t
}

/// The per-hour cap check (BEK § 3 stk. 4), the cap's rate with its
/// source as `source` words it.
#[must_use]
pub fn cap_section(b: &Budget, lang: Lang, source: impl Fn(&Fig) -> String) -> Section {
    let cap = &b.cap;
    let mut t = Table::new(&[
        (lang.say("Loftskontrol", "Cap check"), Text),
        (lang.say("Kr.", "DKK"), Amount),
        (lang.say("Beregning", "Basis"), Text),
    ]);
    t.row([
        lang.say("Udgift pr. bevilget time", "Cost per grant hour")
            .to_string(),
        money(cap.cost_per_hour, lang),
        basis(&cap.basis, lang),
    ]);
    match cap.cap_hourly {
        Some(limit) => {
            t.row([
                lang.say("Loft pr. time", "Cap per hour").to_string(),
                money(limit, lang),
                cap.cap_rate.as_deref().map(source).unwrap_or_default(),
            ]);
            t.row([
                lang.say("Afstand til loftet", "Distance to the cap")
                    .to_string(),
                money(cap.headroom.unwrap_or_default(), lang),
                format!(
                    "{} %",
                    number(cap.headroom_pct.unwrap_or_default(), 2, lang)
                ),
            ]);
        }
        None => {
            t.row([
                lang.say("Loft pr. time", "Cap per hour").to_string(),
                "—".into(),
                String::new(),
            ]);
        }
    }
    let verdict = match cap.verdict {
        Verdict::Within => lang.say("inden for loftet", "within the cap"),
        Verdict::Exceeded => lang.say("over loftet", "above the cap"),
        Verdict::NotChecked => lang.say("ikke kontrolleret", "not checked"),
    };
    t.row([
        lang.say("Vurdering", "Verdict").to_string(),
        verdict.to_string(),
        String::new(),
    ])
    .cells[1]
        .kind = Text;
    Section::new(format!(
        "{} (BEK § 3 stk. 4; VEJ pkt. 62; KL 3.4.2)",
        lang.say("Loft pr. time", "Per-hour cap")
    ))
    .table(t)
}

/// Every rate used by the budget, once, in the order the lines use them.
#[must_use]
pub fn rates_used(b: &Budget) -> Vec<&Fig> {
    let mut seen: Vec<&Fig> = Vec::new();
    let lines = b
        .hours
        .lines
        .iter()
        .chain(&b.wages.lines)
        .chain(&b.contributions.lines)
        .chain(&b.employer_tasks.lines)
        .chain(&b.other_costs.lines);
    let figs = lines
        .flat_map(|l| l.rates.iter())
        .chain(b.cap.cap_rate.iter());
    for f in figs {
        if !seen.iter().any(|s| s.path == f.path) {
            seen.push(f);
        }
    }
    seen
}
