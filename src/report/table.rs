//! `--format table` (SPEC 12): one table per section, Danish labels by default.

use std::fmt::Write as _;

use comfy_table::{CellAlignment, ContentArrangement, LineStyle, Table, TableStyle, presets};
use rust_decimal::Decimal;

use super::RateSummary;
use super::{Lang, admin_model_name, basis, employer_name, money, number, origin, scheme_name};
use crate::Budget;
use crate::calc::Line;
use crate::calc::schedule::ScheduleHours;
use crate::calc::totals::{Timing, Verdict};
use crate::calendar::weekday_name;
use crate::case::ScheduleDay;
use crate::diff::{Diff, Unit};
use crate::money::ore;
use crate::rates::Entry;
use crate::settle::{Account, Balance};
use chrono::Datelike;

/// How tables are drawn.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Wrap cells to this width; `None` never wraps.
    pub width: Option<u16>,
    /// Draw borders; without them columns are set apart by spaces and the
    /// header is underlined, for files, mail and pipes.
    pub borders: bool,
    /// `--format md`: Markdown headings and tables, never wrapped.
    pub markdown: bool,
    /// `--explain`: under each line its formula, legal ground and the
    /// source of every rate used, instead of the basis and legal columns.
    pub explain: bool,
}

/// No borders: a dashed line under the header, spaces between columns.
const PLAIN: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('-').junction(' '));

pub(crate) fn new_table(style: Style, header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(if style.markdown {
        presets::ASCII_MARKDOWN
    } else if style.borders {
        presets::UTF8_FULL_CONDENSED
    } else {
        PLAIN
    });
    match style.width.filter(|_| !style.markdown) {
        Some(w) => {
            t.set_content_arrangement(ContentArrangement::Dynamic);
            t.set_width(w);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t.set_header(header.iter().copied());
    t
}

pub(crate) fn right(t: &mut Table, cols: &[usize]) {
    for &c in cols {
        if let Some(col) = t.column_mut(c) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
}

/// A section of lines with amounts, and its total row.
#[allow(clippy::too_many_arguments)] // each argument is one column or setting of the section
fn lines_table(
    out: &mut String,
    title: &str,
    lines: &[Line],
    total_label: &str,
    total: Decimal,
    dp_hours: bool,
    lang: Lang,
    style: Style,
) {
    let amount_head = if dp_hours {
        lang.say("Timer", "Hours")
    } else {
        lang.say("Kr.", "DKK")
    };
    if style.explain {
        explained_table(
            out,
            title,
            lines,
            (total_label, total),
            amount_head,
            lang,
            style,
        );
        return;
    }
    let mut t = new_table(
        style,
        &[
            lang.say("Post", "Item"),
            amount_head,
            lang.say("Beregning", "Basis"),
            lang.say("Hjemmel", "Legal ground"),
        ],
    );
    for l in lines {
        t.add_row(vec![
            lang.pick(&l.label).to_string(),
            money(l.amount, lang),
            basis(&l.basis, lang),
            l.legal.clone(),
        ]);
    }
    t.add_row(vec![
        total_label.to_string(),
        money(total, lang),
        String::new(),
        String::new(),
    ]);
    right(&mut t, &[1]);
    section(out, title, &t, style);
}

/// A titled table: a heading and the table in Markdown, else the title
/// on its own line above the table.
pub(crate) fn section(out: &mut String, title: &str, t: &Table, style: Style) {
    let t = t.trim_fmt();
    if style.markdown {
        let _ = writeln!(out, "## {title}\n\n{t}\n");
    } else {
        let _ = writeln!(out, "{title}\n{t}\n");
    }
}

/// `--explain`: each line with its amount, then indented under it
/// `= formula`, its legal ground and every rate used with its source and
/// whether it is verified. Plain text, so wrapped notes keep their indent.
fn explained_table(
    out: &mut String,
    title: &str,
    lines: &[Line],
    (total_label, total): (&str, Decimal),
    amount_head: &str,
    lang: Lang,
    style: Style,
) {
    let width = usize::from(style.width.unwrap_or(100)).max(40);
    let row = |out: &mut String, label: &str, amount: &str| {
        let room = width.saturating_sub(amount.chars().count() + 2);
        let label_lines = textwrap::wrap(label, room);
        for (i, part) in label_lines.iter().enumerate() {
            if i + 1 == label_lines.len() {
                let pad = width.saturating_sub(part.chars().count() + amount.chars().count());
                let _ = writeln!(out, "{part}{}{amount}", " ".repeat(pad));
            } else {
                let _ = writeln!(out, "{part}");
            }
        }
    };
    let _ = writeln!(out, "{title}");
    row(out, lang.say("Post", "Item"), amount_head);
    let _ = writeln!(out, "{}", "-".repeat(width));
    let notes = textwrap::Options::new(width)
        .initial_indent("    ")
        .subsequent_indent("      ");
    for l in lines {
        row(out, lang.pick(&l.label), &money(l.amount, lang));
        for note in explanation(l, lang) {
            let _ = writeln!(out, "{}", textwrap::fill(&note, &notes));
        }
    }
    row(out, total_label, &money(total, lang));
    out.push('\n');
}

/// The notes under a line in `--explain`: formula, legal ground, rate sources.
#[must_use]
pub fn explanation(l: &Line, lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    let formula = basis(&l.basis, lang);
    if !formula.is_empty() {
        notes.push(format!("= {formula}"));
    }
    if !l.legal.is_empty() {
        notes.push(format!(
            "{}: {}",
            lang.say("Hjemmel", "Legal ground"),
            l.legal
        ));
    }
    for f in &l.rates {
        for (from, value, source, verified) in f.shown() {
            notes.push(format!(
                "{}: {} = {}{} ({}; {})",
                lang.say("Sats", "Rate"),
                match lang {
                    Lang::Da => super::figure_name(&f.path, lang),
                    Lang::En => f.path.clone(),
                },
                number(value.normalize(), value.normalize().scale(), lang),
                super::from_date(from, lang),
                super::source(source, lang),
                if verified {
                    lang.say(
                        "verificeret for bevillingsåret",
                        "verified for the grant year",
                    )
                } else {
                    lang.say(
                        "ikke verificeret for bevillingsåret",
                        "not verified for the grant year",
                    )
                }
            ));
        }
    }
    notes
}

/// The whole budget as text tables.
#[must_use]
pub fn render(b: &Budget, lang: Lang, style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}{} {}{}",
        if style.markdown { "# " } else { "" },
        lang.say("Tilskudsberegning", "Grant calculation"),
        b.id,
        if style.markdown { "\n" } else { "" },
    );
    let _ = writeln!(
        out,
        "{} {} · {} · {}: {} · {}: {} · {}: {}\n",
        lang.say("Bevillingsår", "Grant year"),
        b.year,
        scheme_name(b.scheme, lang),
        lang.say("Arbejdsgiver", "Employer"),
        employer_name(b.employer, lang),
        lang.say("Lønskala", "Wage scale"),
        lang.pick(&b.wage_scale_name),
        lang.say("Satser", "Rates"),
        origin(&b.rates_origin, lang)
    );

    if !b.period.is_whole_year() {
        let p = &b.period;
        let _ = writeln!(
            out,
            "{}: {} – {} ({} {}) · {}: {} {} × {} / {} {} = {} {}\n",
            lang.say("Bevillingsperiode", "Grant period"),
            p.from.format("%d.%m.%Y"),
            p.to.format("%d.%m.%Y"),
            p.days,
            lang.say("dage", "days"),
            lang.say("Uger i perioden", "Weeks in the period"),
            number(
                b.hours.weeks.value,
                crate::calc::dp_for(b.hours.weeks.value),
                lang
            ),
            lang.say("uger", "weeks"),
            p.days,
            p.year_days,
            lang.say("dage", "days"),
            number(p.weeks, 2, lang),
            lang.say("uger", "weeks"),
        );
    }
    if !b.deviations.is_empty() {
        let mut t = new_table(
            style,
            &[
                lang.say("Serviceniveau", "Service level"),
                lang.say("Standard", "Standard"),
                lang.say("I denne sag", "In this case"),
            ],
        );
        for d in &b.deviations {
            t.add_row(vec![
                super::service_level_name(&d.key, lang),
                d.standard.clone().unwrap_or_else(|| "—".into()),
                d.case.clone(),
            ]);
        }
        section(
            &mut out,
            lang.say(
                "Individuelle afvigelser fra serviceniveauet (VEJ pkt. 61)",
                "Individual deviations from the service level (VEJ pkt. 61)",
            ),
            &t,
            style,
        );
    }

    let h = &b.hours;
    lines_table(
        &mut out,
        lang.say("Timeudmåling", "Hour allocation"),
        &h.lines,
        lang.say("Bevilgede timer i alt", "Grant hours in all"),
        h.total,
        true,
        lang,
        style,
    );
    let weeks = match &h.schedule {
        Some(s) => format!("({} {} / 7)", s.days, lang.say("dage", "days")),
        None => format!(
            "{} {}",
            number(
                h.period_weeks,
                super::super::calc::dp_for(h.period_weeks),
                lang
            ),
            lang.say("uger", "weeks")
        ),
    };
    let _ = writeln!(
        out,
        "{}: {} {} / {} = {} {}\n",
        lang.say("Gennemsnit pr. uge", "Average per week"),
        number(h.total, 2, lang),
        lang.say("t", "h"),
        weeks,
        number(h.per_week, 2, lang),
        lang.say("t/uge", "h/week")
    );
    if let Some(s) = &h.schedule {
        schedule_tables(&mut out, s, b.year, lang, style);
    }

    let relative = !b.hours.relative_total().is_zero();
    let double_weeks = h.bands.iter().any(|x| !x.double_cover_weeks.is_zero());
    let mut head = vec![
        lang.say("Tidsrum", "Band"),
        lang.say("Behov", "Need"),
        lang.say("Døgndækning", "Full cover"),
    ];
    if double_weeks {
        head.push(lang.say("Dobbeltdækning, uger", "Double cover, weeks"));
    }
    head.extend([
        lang.say(
            "Oplæring, kurser, pulje, dobbelt",
            "Training, courses, pool, double",
        ),
        lang.say("Møder", "Meetings"),
    ]);
    let standby = !h.standby.is_zero();
    if standby {
        head.push(lang.say("Rådighed", "Standby"));
    }
    head.push(lang.say("I alt", "Total"));
    if relative {
        head.push(lang.say("Heraf nærtstående", "Of which the relative"));
    }
    let mut t = new_table(style, &head);
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
        for (i, v) in nums.iter().enumerate() {
            sums[i] += *v;
            row.push(money(*v, lang));
        }
        t.add_row(row);
    }
    if standby {
        let mut row = vec![lang.say("Rådighedstimer", "Standby hours").to_string()];
        let cols = sums.len();
        let total_col = if relative { cols - 2 } else { cols - 1 };
        for (i, sum) in sums.iter_mut().enumerate() {
            if i == total_col || i == total_col - 1 {
                *sum += h.standby;
                row.push(money(h.standby, lang));
            } else {
                row.push(money(Decimal::ZERO, lang));
            }
        }
        t.add_row(row);
    }
    let mut row = vec![lang.say("I alt", "In all").to_string()];
    row.extend(sums.iter().map(|v| money(*v, lang)));
    t.add_row(row);
    right(&mut t, &(1..head.len()).collect::<Vec<_>>());
    section(
        &mut out,
        if b.period.is_whole_year() {
            lang.say(
                "Timer fordelt på tidsrum (pr. år)",
                "Hours by band (per year)",
            )
        } else {
            lang.say(
                "Timer fordelt på tidsrum (i perioden)",
                "Hours by band (in the period)",
            )
        },
        &t,
        style,
    );

    lines_table(
        &mut out,
        lang.say("Lønbudget", "Wage budget"),
        &b.wages.lines,
        lang.say(
            "Løn, pension og feriegodtgørelse i alt",
            "Wages, pension and holiday pay in all",
        ),
        b.wages.total,
        false,
        lang,
        style,
    );

    let c = &b.contributions;
    lines_table(
        &mut out,
        lang.say("Lovpligtige bidrag", "Statutory contributions"),
        &c.lines,
        lang.say("Lovpligtige bidrag i alt", "Statutory contributions in all"),
        c.total,
        false,
        lang,
        style,
    );
    let _ = writeln!(
        out,
        "{}: {} ({})\n",
        lang.say("Årsværk", "Full-time equivalents"),
        number(c.fte, 2, lang),
        lang.say(
            "ATP-bidrag / (12 × fuldt ATP-bidrag), som Samlet Betaling",
            "ATP / (12 × full-rate ATP), as Samlet Betaling"
        )
    );

    let et = &b.employer_tasks;
    match et.model {
        Some(model) => {
            let title = format!(
                "{} ({}: {})",
                lang.say("Tilskud til arbejdsgiveropgaven", "Employer-task subsidy"),
                lang.say("model", "model"),
                admin_model_name(model, lang)
            );
            lines_table(
                &mut out,
                &title,
                &et.lines,
                lang.say("Arbejdsgiveropgaven i alt", "Employer tasks in all"),
                et.total,
                false,
                lang,
                style,
            );
        }
        None => {
            let _ = writeln!(
                out,
                "{}\n{}\n",
                lang.say("Tilskud til arbejdsgiveropgaven", "Employer-task subsidy"),
                lang.say("Ikke relevant: borgeren eller en nærtstående er arbejdsgiver og aflønnes ikke for arbejdsgiveropgaven (BEK § 8).", "Not applicable: the citizen or a relative is employer and is not paid for employer tasks (BEK § 8).")
            );
        }
    }

    lines_table(
        &mut out,
        lang.say("Andre udgifter og modregning", "Other costs and offsets"),
        &b.other_costs.lines,
        lang.say("I alt", "In all"),
        b.other_costs.total,
        false,
        lang,
        style,
    );

    let tt = &b.totals;
    let mut t = new_table(
        style,
        &[
            lang.say("Post", "Item"),
            lang.say("Kr.", "DKK"),
            lang.say("Beregning", "Basis"),
        ],
    );
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
            c.total,
        ),
        (lang.say("Arbejdsgiveropgaven", "Employer tasks"), et.total),
    ] {
        t.add_row(vec![label.to_string(), money(amount, lang), String::new()]);
    }
    for l in tt.cap_line.iter().chain(&tt.after_death) {
        t.add_row(vec![
            lang.pick(&l.label).to_string(),
            money(l.amount, lang),
            basis(&l.basis, lang),
        ]);
    }
    t.add_row(vec![
        lang.say("Andre udgifter og modregning", "Other costs and offsets")
            .to_string(),
        money(b.other_costs.total, lang),
        String::new(),
    ]);
    t.add_row(vec![
        lang.say("Tilskud i alt pr. år", "Grant total per year")
            .to_string(),
        money(tt.grant_total, lang),
        String::new(),
    ]);
    right(&mut t, &[1]);
    section(
        &mut out,
        lang.say("Samlet tilskud (BEK §§ 4–10)", "Grant total (BEK §§ 4–10)"),
        &t,
        style,
    );

    let timing = match tt.timing {
        Timing::Advance => lang.say("forud", "in advance"),
        Timing::Arrears => lang.say("bagud", "in arrears"),
    };
    let months_da = [
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    let months_en = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let recipient = if b.scheme == crate::case::Scheme::KtRelative {
        lang.say("den nærtstående", "the relative")
    } else {
        lang.say("borgeren", "the citizen")
    };
    let employer_head = format!(
        "{} ({timing})",
        if tt.payees_differ {
            format!(
                "{} {}",
                lang.say("Til", "To"),
                employer_name(b.employer, lang)
            )
        } else {
            lang.say("Løn m.v.", "Wages etc.").to_string()
        }
    );
    let recipient_head = format!(
        "§ 10 {} {recipient} ({})",
        lang.say("til", "to"),
        lang.say("forud", "in advance")
    );
    let mut t = new_table(
        style,
        &[
            lang.say("Måned", "Month"),
            &employer_head,
            &recipient_head,
            lang.say("I alt", "In all"),
        ],
    );
    for (i, p) in tt.payments.iter().enumerate() {
        let m = (p.month as usize).saturating_sub(1).min(11);
        let name = match lang {
            Lang::Da => months_da[m],
            Lang::En => months_en[m],
        };
        let name = if p.year == b.period.from.year() {
            name.to_string()
        } else {
            format!("{name} {}", p.year)
        };
        t.add_row(vec![
            name,
            money(p.employer_part, lang),
            money(p.recipient_part, lang),
            money(tt.monthly[i], lang),
        ]);
    }
    t.add_row(vec![
        lang.say("I alt", "In all").to_string(),
        money(tt.employer_part, lang),
        money(tt.recipient_part, lang),
        money(tt.grant_total, lang),
    ]);
    right(&mut t, &[1, 2, 3]);
    section(
        &mut out,
        &format!(
            "{} (SEL § 96 a stk. 2; BEK § 11; VEJ pkt. 93–96)",
            lang.say("Udbetaling", "Payment schedule"),
        ),
        &t,
        style,
    );

    let cap = &b.cap;
    let mut t = new_table(
        style,
        &[
            lang.say("Loftskontrol", "Cap check"),
            lang.say("Kr.", "DKK"),
            lang.say("Beregning", "Basis"),
        ],
    );
    t.add_row(vec![
        lang.say("Udgift pr. bevilget time", "Cost per grant hour")
            .to_string(),
        money(cap.cost_per_hour, lang),
        basis(&cap.basis, lang),
    ]);
    match cap.cap_hourly {
        Some(limit) => {
            t.add_row(vec![
                lang.say("Loft pr. time", "Cap per hour").to_string(),
                money(limit, lang),
                cap.cap_rate
                    .as_ref()
                    .map(|f| super::source(&f.source, lang))
                    .unwrap_or_default(),
            ]);
            t.add_row(vec![
                lang.say("Råderum", "Headroom").to_string(),
                money(cap.headroom.unwrap_or_default(), lang),
                format!(
                    "{} %",
                    number(cap.headroom_pct.unwrap_or_default(), 2, lang)
                ),
            ]);
        }
        None => {
            t.add_row(vec![
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
    t.add_row(vec![
        lang.say("Vurdering", "Verdict").to_string(),
        verdict.to_string(),
        String::new(),
    ]);
    right(&mut t, &[1]);
    section(
        &mut out,
        &format!(
            "{} (BEK § 3 stk. 4; VEJ pkt. 62; KL 3.4.2)",
            lang.say("Loft pr. time", "Per-hour cap")
        ),
        &t,
        style,
    );

    if let Some(r) = &b.respirator {
        let mut t = new_table(
            style,
            &[
                lang.say("Respiratorordning", "Respirator scheme"),
                lang.say("Kr.", "DKK"),
            ],
        );
        t.add_row(vec![
            lang.say(
                "Delt: løn, bidrag og arbejdsgiveropgaven",
                "Shared: wages, contributions and employer tasks",
            )
            .to_string(),
            money(r.shared, lang),
        ]);
        t.add_row(vec![
            format!(
                "{} ({} %)",
                lang.say("Regionen", "The region"),
                number(r.region_pct, 2, lang)
            ),
            money(r.region, lang),
        ]);
        t.add_row(vec![
            lang.say(
                "Kommunen (resten, med § 10-beløb og modregning)",
                "The municipality (the rest, with the § 10 amount and offsets)",
            )
            .to_string(),
            money(r.municipality, lang),
        ]);
        right(&mut t, &[1]);
        section(
            &mut out,
            &format!(
                "{} (KL 3.3.3; VEJ pkt. 92)",
                lang.say("Fordeling med regionen", "Split with the region")
            ),
            &t,
            style,
        );
    }

    let mut t = new_table(
        style,
        &[
            lang.say("Post", "Item"),
            lang.say("Regel", "Rule"),
            lang.say("Hjemmel", "Legal ground"),
            lang.say("Skøn, kr.", "Estimate, DKK"),
        ],
    );
    for a in &b.after_invoice {
        t.add_row(vec![
            lang.pick(&a.label).to_string(),
            lang.pick(&a.rule).to_string(),
            a.legal.clone(),
            a.estimate.map(|e| money(e, lang)).unwrap_or_default(),
        ]);
    }
    right(&mut t, &[3]);
    section(
        &mut out,
        lang.say(
            "Dækkes efter regning (BEK § 4 stk. 2)",
            "Covered after invoice (BEK § 4 stk. 2)",
        ),
        &t,
        style,
    );

    if b.warnings.is_empty() {
        let _ = writeln!(
            out,
            "{}: {}",
            lang.say("Advarsler", "Warnings"),
            lang.say("ingen", "none")
        );
    } else {
        let mut head = vec![
            lang.say("Advarsel", "Warning"),
            lang.say("Hjemmel", "Legal ground"),
        ];
        if lang == Lang::En {
            head.insert(0, "Code");
        }
        let mut t = new_table(style, &head);
        for w in &b.warnings {
            let mut row = vec![lang.pick(&w.message).to_string(), w.legal.to_string()];
            if lang == Lang::En {
                row.insert(0, w.code.to_string());
            }
            t.add_row(row);
        }
        section(&mut out, lang.say("Advarsler", "Warnings"), &t, style);
    }
    if !b.notes.is_empty() {
        let mut t = new_table(
            style,
            &[
                lang.say("Note om satstabellen", "Note on the rate table"),
                lang.say("Satser", "Rates"),
            ],
        );
        for n in &b.notes {
            t.add_row(vec![
                lang.pick(&n.message).to_string(),
                n.figures
                    .iter()
                    .map(|f| super::figure_name(&f.path, lang))
                    .collect::<Vec<_>>()
                    .join(", "),
            ]);
        }
        section(
            &mut out,
            lang.say(
                "Noter om satstabellen (til sagsbehandleren)",
                "Notes on the rate table (for the caseworker)",
            ),
            &t,
            style,
        );
    }
    // One line break at the end, whichever section came last.
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// `bpa diff`: each section's lines old, new and the change, then the
/// reduction notice (SEL § 3 a) when hours or the grant fall.
#[must_use]
pub fn render_diff(d: &Diff, lang: Lang, style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}",
        lang.say("Sammenligning", "Comparison"),
        d.new.id
    );
    for (name, side) in [
        (lang.say("Før", "Before"), &d.old),
        (lang.say("Nu", "Now"), &d.new),
    ] {
        let year = side
            .year
            .map(|y| format!(" · {} {y}", lang.say("bevillingsår", "grant year")))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{name}: {}{year} · {}",
            side.file,
            origin(&side.basis, lang)
        );
    }
    out.push('\n');
    for s in &d.sections {
        let mut t = new_table(
            style,
            &[
                lang.say("Post", "Item"),
                lang.say("Enhed", "Unit"),
                lang.say("Før", "Before"),
                lang.say("Nu", "Now"),
                lang.say("Ændring", "Change"),
                lang.say("Ændring %", "Change %"),
            ],
        );
        for l in &s.lines {
            let amount = |v: Option<Decimal>| v.map_or_else(|| "—".to_string(), |v| money(v, lang));
            t.add_row(vec![
                lang.pick(&l.label).to_string(),
                unit(l.unit, lang).to_string(),
                amount(l.old),
                amount(l.new),
                signed(l.change(), lang),
                l.change_pct()
                    .map_or_else(|| "—".to_string(), |p| format!("{} %", signed(p, lang))),
            ]);
        }
        right(&mut t, &[2, 3, 4, 5]);
        section(&mut out, lang.pick(&s.title), &t, style);
    }
    match &d.reduction {
        None => {
            let _ = writeln!(
                out,
                "{}",
                lang.say(
                    "Ingen nedsættelse: timer og tilskud falder ikke.",
                    "No reduction: neither hours nor the grant fall."
                )
            );
        }
        Some(r) => {
            let _ = writeln!(
                out,
                "{} (SEL § 3 a):",
                lang.say(
                    "Nedsættelse: afgørelsen skal varsles med 14 uger",
                    "Reduction: the decision needs 14 weeks' notice"
                )
            );
            for f in &r.falls {
                let _ = writeln!(
                    out,
                    "- {}: {} → {} {}",
                    lang.pick(&f.what),
                    money(f.old, lang),
                    money(f.new, lang),
                    unit(f.unit, lang)
                );
            }
        }
    }
    out
}

fn unit(u: Unit, lang: Lang) -> &'static str {
    match u {
        Unit::Kroner => lang.say("kr.", "DKK"),
        Unit::Hours => lang.say("t", "h"),
    }
}

/// A change with its sign: `+1.234,50`, `-12,00`, `0,00`.
pub(crate) fn signed(v: Decimal, lang: Lang) -> String {
    let s = money(v, lang);
    if ore(v) > Decimal::ZERO {
        format!("+{s}")
    } else {
        s
    }
}

/// `bpa rates`: the embedded tables, one row each.
#[must_use]
pub fn render_rate_list(tables: &[RateSummary], lang: Lang, style: Style) -> String {
    let mut t = new_table(
        style,
        &[
            lang.say("Tabel", "Table"),
            lang.say("År", "Year"),
            lang.say("Beskrivelse", "Description"),
            lang.say("Satser", "Entries"),
            lang.say("Ikke verificeret", "Not verified"),
        ],
    );
    for r in tables {
        t.add_row(vec![
            r.name.clone(),
            r.year.map(|y| y.to_string()).unwrap_or_default(),
            r.description.clone(),
            r.entries.to_string(),
            r.unverified.to_string(),
        ]);
    }
    right(&mut t, &[3, 4]);
    let mut out = String::new();
    section(
        &mut out,
        lang.say("Indbyggede satstabeller", "Embedded rate tables"),
        &t,
        style,
    );
    out.push_str(lang.say(
        "Vis en tabel med `bpa rates ÅR` eller `bpa rates FIL`.\n",
        "Show one with `bpa rates YEAR` or `bpa rates FILE`.\n",
    ));
    out
}

/// `bpa rates YEAR|FILE`: every sourced entry of one table after `extends`.
#[must_use]
pub fn render_rates(summary: &RateSummary, entries: &[Entry], lang: Lang, style: Style) -> String {
    let mut t = new_table(
        style,
        &[
            lang.say("Sats", "Entry"),
            lang.say("Værdi", "Value"),
            lang.say("Verificeret", "Verified"),
            lang.say("Kilde", "Source"),
        ],
    );
    for e in entries {
        t.add_row(vec![
            e.path.clone(),
            entry_value(e, lang),
            if e.verified {
                lang.say("ja", "yes")
            } else {
                lang.say("nej", "no")
            }
            .to_string(),
            e.source.clone(),
        ]);
    }
    let mut out = String::new();
    let title = format!(
        "{} {} ({}){}",
        lang.say("Satstabel", "Rate table"),
        summary.year.map(|y| y.to_string()).unwrap_or_default(),
        origin(&summary.name, lang),
        if summary.description.is_empty() {
            String::new()
        } else {
            format!(": {}", summary.description)
        }
    );
    section(&mut out, &title, &t, style);
    let _ = writeln!(
        out,
        "{}: {}, {}: {}",
        lang.say("Satser", "Entries"),
        summary.entries,
        lang.say("ikke verificeret for året", "not verified for the year"),
        summary.unverified
    );
    out
}

/// An entry's figures in the output language: `3,5`, or `pct = 30; …`.
fn entry_value(e: &Entry, lang: Lang) -> String {
    fn show(v: &toml::Value, lang: Lang) -> String {
        let num = |text: String| {
            text.parse::<Decimal>()
                .map_or(text, |d| number(d.normalize(), d.normalize().scale(), lang))
        };
        match v {
            toml::Value::Integer(i) => num(i.to_string()),
            toml::Value::Float(f) => num(f.to_string()),
            toml::Value::Boolean(b) => match b {
                true => lang.say("ja", "yes"),
                false => lang.say("nej", "no"),
            }
            .to_string(),
            toml::Value::String(s) => s.clone(),
            toml::Value::Array(a) => {
                let items: Vec<String> = a.iter().map(|v| show(v, lang)).collect();
                format!("[{}]", items.join(" | "))
            }
            toml::Value::Table(t) => {
                let items: Vec<String> = t
                    .iter()
                    .map(|(k, v)| format!("{k} {}", show(v, lang)))
                    .collect();
                items.join(" ")
            }
            toml::Value::Datetime(d) => d.to_string(),
        }
    }
    match e.figures.as_slice() {
        [(k, v)] if k == "value" => show(v, lang),
        items => items
            .iter()
            .map(|(k, v)| format!("{k} = {}", show(v, lang)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// The schedule's entries with their hours in the year, and the public
/// holidays of the year with their weekdays.
fn schedule_tables(out: &mut String, s: &ScheduleHours, year: u16, lang: Lang, style: Style) {
    let mut t = new_table(
        style,
        &[
            lang.say("Dage", "Days"),
            lang.say("Fra", "From"),
            lang.say("Til", "To"),
            lang.say("Hjælpere", "Helpers"),
            lang.say("Timer i året", "Hours in the year"),
        ],
    );
    for (e, hours) in s.entries.iter().zip(&s.shifts) {
        let days: Vec<&str> = e.days.iter().map(|d| schedule_day(*d, lang)).collect();
        t.add_row(vec![
            days.join(", "),
            e.from.clone(),
            e.to.clone(),
            e.helpers.to_string(),
            number(*hours, 2, lang),
        ]);
    }
    right(&mut t, &[3, 4]);
    let title = format!(
        "{} ({} {} {year}; {})",
        lang.say("Skema", "Schedule"),
        s.days,
        lang.say("dage i", "days in"),
        lang.say(
            "tidsrummene efter lønskalaens arbejdstidsaftale",
            "bands by the wage scale's working-time agreement"
        )
    );
    section(out, &title, &t, style);
    let mut t = new_table(
        style,
        &[
            lang.say("Dato", "Date"),
            lang.say("Helligdag", "Public holiday"),
            lang.say("Ugedag", "Weekday"),
        ],
    );
    for h in &s.holidays {
        t.add_row(vec![
            h.date.format("%d.%m.%Y").to_string(),
            lang.pick(&h.name).to_string(),
            lang.pick(&weekday_name(h.date.weekday())).to_string(),
        ]);
    }
    let title = format!("{} {year}", lang.say("Helligdage", "Public holidays"));
    section(out, &title, &t, style);
}

fn schedule_day(d: ScheduleDay, lang: Lang) -> &'static str {
    match d {
        ScheduleDay::Mon => lang.say("man", "Mon"),
        ScheduleDay::Tue => lang.say("tir", "Tue"),
        ScheduleDay::Wed => lang.say("ons", "Wed"),
        ScheduleDay::Thu => lang.say("tor", "Thu"),
        ScheduleDay::Fri => lang.say("fre", "Fri"),
        ScheduleDay::Sat => lang.say("lør", "Sat"),
        ScheduleDay::Sun => lang.say("søn", "Sun"),
        ScheduleDay::Weekdays => lang.say("hverdage", "weekdays"),
        ScheduleDay::Weekend => lang.say("weekend", "weekend"),
        ScheduleDay::Daily => lang.say("alle dage", "every day"),
    }
}

/// `bpa settle`: granted against used hours by band, the value of the
/// difference, what happens to it, and what the account leaves out.
#[must_use]
pub fn render_account(a: &Account, lang: Lang, style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {} · {} {}\n",
        lang.say("Regnskab", "Yearly account"),
        a.id,
        lang.say("år", "year"),
        a.year
    );
    let mut t = new_table(
        style,
        &[
            lang.say("Tidsrum", "Band"),
            lang.say("Bevilget", "Granted"),
            lang.say("Forbrugt", "Used"),
            lang.say("Uforbrugt", "Unused"),
            lang.say("Kr. pr. time", "DKK per hour"),
            lang.say("Værdi, kr.", "Value, DKK"),
        ],
    );
    for b in &a.bands {
        t.add_row(vec![
            lang.pick(&b.label).to_string(),
            money(b.granted, lang),
            money(b.used, lang),
            money(b.unused(), lang),
            money(b.cost_per_hour, lang),
            money(b.value, lang),
        ]);
    }
    t.add_row(vec![
        lang.say("I alt", "In all").to_string(),
        money(a.granted, lang),
        money(a.used, lang),
        money(a.granted - a.used, lang),
        String::new(),
        money(a.bands.iter().map(|b| b.value).sum::<Decimal>(), lang),
    ]);
    right(&mut t, &[1, 2, 3, 4, 5]);
    section(
        &mut out,
        lang.say(
            "Udmålte og forbrugte timer, værdi pr. tidsrum (BEK § 14 stk. 2; BEK § 15)",
            "Granted and used hours, valued by band (BEK § 14 stk. 2; BEK § 15)",
        ),
        &t,
        style,
    );
    let mut t = new_table(
        style,
        &[
            lang.say("Udgift pr. time", "Cost per hour"),
            lang.say("Kr.", "DKK"),
            lang.say("Beregning", "Basis"),
        ],
    );
    for b in &a.bands {
        t.add_row(vec![
            lang.pick(&b.label).to_string(),
            money(b.cost_per_hour, lang),
            basis(&b.cost_basis, lang),
        ]);
    }
    right(&mut t, &[1]);
    section(
        &mut out,
        lang.say(
            "Udgift pr. time i hvert tidsrum: løn, pension og feriegodtgørelse for én time plus bidrag pr. ansat time (VEJ pkt. 102)",
            "Cost of one hour in each band: wages, pension and holiday pay of one hour plus contributions per employed hour (VEJ pkt. 102)",
        ),
        &t,
        style,
    );
    let mut t = new_table(
        style,
        &[
            lang.say("Post", "Item"),
            lang.say("Kr.", "DKK"),
            lang.say("Beregning", "Basis"),
            lang.say("Hjemmel", "Legal ground"),
        ],
    );
    let (label, legal) = match a.result {
        Balance::Repay => (
            lang.say(
                "Tilbagebetaling for uforbrugte timer",
                "Repayment for unused hours",
            ),
            "BEK § 15 stk. 1; VEJ pkt. 102; KL 3.7.3",
        ),
        Balance::CarryOver => (
            lang.say(
                "Overføres til næste år efter aftale",
                "Carried to next year by agreement",
            ),
            "BEK § 15 stk. 2; VEJ pkt. 105",
        ),
        Balance::Overspend => (
            lang.say("Merforbrug (ikke dækket)", "Overspend (not covered)"),
            "KL 3.7.1",
        ),
        Balance::Even => (
            lang.say("Intet at afregne", "Nothing to settle"),
            "BEK § 15",
        ),
    };
    t.add_row(vec![
        label.to_string(),
        money(a.value, lang),
        lang.say(
            "summen af værdierne pr. tidsrum ovenfor",
            "the sum of the band values above",
        )
        .to_string(),
        legal.to_string(),
    ]);
    t.add_row(vec![
        lang.say(
            "Timer kan spares op efter aftale med kommunen",
            "Hours may be saved by agreement with the municipality",
        )
        .to_string(),
        String::new(),
        lang.say(
            "fx til en ferie eller en periode med større behov",
            "e.g. for a holiday or a period of greater need",
        )
        .to_string(),
        "VEJ pkt. 105".to_string(),
    ]);
    right(&mut t, &[1]);
    section(&mut out, lang.say("Afregning", "Settlement"), &t, style);
    let mut t = new_table(
        style,
        &[
            lang.say("Indgår ikke i afregningen", "Not part of the settlement"),
            lang.say("Kr.", "DKK"),
            lang.say("Hjemmel", "Legal ground"),
        ],
    );
    t.add_row(vec![
        lang.say("Tilskud til arbejdsgiveropgaven", "Employer-task subsidy")
            .to_string(),
        money(a.employer_tasks, lang),
        "VEJ pkt. 102".to_string(),
    ]);
    t.add_row(vec![
        lang.say(
            "§ 10-beløbet til borgeren",
            "The § 10 amount to the citizen",
        )
        .to_string(),
        money(a.other_costs, lang),
        "BEK § 10; VEJ pkt. 101".to_string(),
    ]);
    right(&mut t, &[1]);
    section(&mut out, lang.say("Undtaget", "Left out"), &t, style);
    if !a.reimbursed.is_empty() {
        let mut t = new_table(
            style,
            &[
                lang.say("Dækket efter regning", "Reimbursed after invoice"),
                lang.say("Kr.", "DKK"),
                lang.say("Hjemmel", "Legal ground"),
            ],
        );
        for r in &a.reimbursed {
            t.add_row(vec![
                lang.pick(&r.label).to_string(),
                money(r.amount, lang),
                r.legal.clone(),
            ]);
        }
        t.add_row(vec![
            lang.say("I alt", "In all").to_string(),
            money(a.reimbursed_total, lang),
            String::new(),
        ]);
        right(&mut t, &[1]);
        section(
            &mut out,
            lang.say("Refunderet (BEK § 4 stk. 2)", "Reimbursed (BEK § 4 stk. 2)"),
            &t,
            style,
        );
    }
    if a.result == Balance::Overspend {
        let _ = writeln!(
            out,
            "{}: {} {} {} (KL 3.7.1)",
            lang.say("Advarsel", "Warning"),
            lang.say("merforbrug til", "overspend worth"),
            money(a.value, lang),
            lang.say(
                "kr. ud over det bevilgede; kommunen bør revurdere sagen",
                "DKK beyond the grant; the municipality should reassess the case"
            ),
        );
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
