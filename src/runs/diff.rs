//! `bpa diff`: two budgets line by line (a new grant year's rates, a changed
//! case) or a budget against the last decision in `[previous]`, and whether
//! the change reduces the help, which needs 14 weeks' notice (SEL § 3 a).

use rust_decimal::Decimal;

use crate::budget::Budget;
use crate::calc::reduction::{Level, Reduction, Unit, reduction};
use crate::calc::{Line, Text, t};
use crate::case::Previous;
use crate::money::ore;

/// One figure before and after; `None` where one side has no such line.
#[derive(Debug, Clone)]
pub struct DiffLine {
    pub key: String,
    pub label: Text,
    pub unit: Unit,
    pub old: Option<Decimal>,
    pub new: Option<Decimal>,
}

impl DiffLine {
    /// New minus old, a missing side counting as zero.
    #[must_use]
    pub fn change(&self) -> Decimal {
        self.new.unwrap_or_default() - self.old.unwrap_or_default()
    }

    /// The change in percent of the old figure, to 2 decimals; `None` from zero.
    #[must_use]
    pub fn change_pct(&self) -> Option<Decimal> {
        let old = self.old.filter(|o| !o.is_zero())?;
        Some(ore(self.change() * Decimal::ONE_HUNDRED / old))
    }
}

#[derive(Debug, Clone)]
pub struct Section {
    pub key: &'static str,
    pub title: Text,
    pub lines: Vec<DiffLine>,
}

/// Which budget or decision a side of the comparison is.
#[derive(Debug, Clone)]
pub struct Side {
    pub file: String,
    pub id: String,
    pub year: Option<u16>,
    /// The rate table's origin, or "previous decision".
    pub basis: String,
}

#[derive(Debug, Clone)]
pub struct Diff {
    pub old: Side,
    pub new: Side,
    pub sections: Vec<Section>,
    pub reduction: Option<Reduction>,
}

impl Side {
    #[must_use]
    pub fn of(file: &str, b: &Budget) -> Side {
        Side {
            file: file.to_string(),
            id: b.id.clone(),
            year: Some(b.year),
            basis: b.rates_origin.clone(),
        }
    }
}

/// Pair lines by key (the n-th line of a key with the n-th), old order
/// first, then the lines only the new budget has.
fn pair(old: &[Line], new: &[Line], unit: Unit) -> Vec<DiffLine> {
    let mut used = vec![false; new.len()];
    let mut out = Vec::with_capacity(old.len().max(new.len()));
    for o in old {
        let hit = new
            .iter()
            .enumerate()
            .position(|(i, n)| !used[i] && n.key == o.key);
        if let Some(i) = hit {
            used[i] = true;
        }
        out.push(DiffLine {
            key: o.key.to_string(),
            label: o.label.clone(),
            unit,
            old: Some(o.amount),
            new: hit.map(|i| new[i].amount),
        });
    }
    for (n, _) in new.iter().zip(&used).filter(|(_, u)| !**u) {
        out.push(DiffLine {
            key: n.key.to_string(),
            label: n.label.clone(),
            unit,
            old: None,
            new: Some(n.amount),
        });
    }
    out
}

fn figure(key: &str, label: Text, unit: Unit, old: Decimal, new: Decimal) -> DiffLine {
    DiffLine {
        key: key.to_string(),
        label,
        unit,
        old: Some(old),
        new: Some(new),
    }
}

fn section(
    key: &'static str,
    title: Text,
    mut lines: Vec<DiffLine>,
    total: (Text, Unit, Decimal, Decimal),
) -> Section {
    let (label, unit, old, new) = total;
    lines.push(figure(&format!("{key}.total"), label, unit, old, new));
    Section { key, title, lines }
}

/// Two budgets line by line.
#[must_use]
pub fn budgets(old_file: &str, old: &Budget, new_file: &str, new: &Budget) -> Diff {
    let kr = Unit::Kroner;
    let mut sections = vec![
        hour_allocation(old, new),
        section(
            "wages",
            t("Lønbudget", "Wage budget"),
            pair(&old.wages.lines, &new.wages.lines, kr),
            (
                t("Lønbudget i alt", "Wage budget in all"),
                kr,
                old.wages.total,
                new.wages.total,
            ),
        ),
        section(
            "contributions",
            t("Lovpligtige bidrag", "Statutory contributions"),
            pair(&old.contributions.lines, &new.contributions.lines, kr),
            (
                t("Lovpligtige bidrag i alt", "Statutory contributions in all"),
                kr,
                old.contributions.total,
                new.contributions.total,
            ),
        ),
        section(
            "employer_tasks",
            t("Tilskud til arbejdsgiveropgaven", "Employer-task subsidy"),
            pair(&old.employer_tasks.lines, &new.employer_tasks.lines, kr),
            (
                t("Arbejdsgiveropgaven i alt", "Employer tasks in all"),
                kr,
                old.employer_tasks.total,
                new.employer_tasks.total,
            ),
        ),
        section(
            "other_costs",
            t("Andre udgifter og modregning", "Other costs and offsets"),
            pair(&old.other_costs.lines, &new.other_costs.lines, kr),
            (
                t("I alt", "In all"),
                kr,
                old.other_costs.total,
                new.other_costs.total,
            ),
        ),
        grant_and_cap(old, new),
    ];
    // Special costs (VEJ pkt. 59, 68, 73), where either budget has any.
    if !(old.special_costs.lines.is_empty() && new.special_costs.lines.is_empty()) {
        let at = sections.len() - 2;
        sections.insert(
            at,
            section(
                "special_costs",
                t("Særlige udgifter", "Special costs"),
                pair(&old.special_costs.lines, &new.special_costs.lines, kr),
                (
                    t("Særlige udgifter i alt", "Special costs in all"),
                    kr,
                    old.special_costs.total,
                    new.special_costs.total,
                ),
            ),
        );
    }
    Diff {
        old: Side::of(old_file, old),
        new: Side::of(new_file, new),
        sections,
        reduction: reduction(&old.level(), &new.level()),
    }
}

/// The hour allocation line by line, then the grant hours in all and per
/// week, the figures a reduction (SEL § 3 a) turns on.
fn hour_allocation(old: &Budget, new: &Budget) -> Section {
    let mut hours = pair(&old.hours.lines, &new.hours.lines, Unit::Hours);
    hours.push(figure(
        "hours.total",
        t("Bevilgede timer i alt", "Grant hours in all"),
        Unit::Hours,
        old.hours.total,
        new.hours.total,
    ));
    hours.push(figure(
        "hours.per_week",
        t("Gennemsnit pr. uge", "Average per week"),
        Unit::Hours,
        old.hours.per_week,
        new.hours.per_week,
    ));
    Section {
        key: "hours",
        title: t("Timeudmåling", "Hour allocation"),
        lines: hours,
    }
}

/// The grant per year and per month, and the cost per hour the cap
/// (BEK § 3 stk. 4) is held against.
fn grant_and_cap(old: &Budget, new: &Budget) -> Section {
    let kr = Unit::Kroner;
    Section {
        key: "totals",
        title: t("Tilskud og loft", "Grant and cap"),
        lines: vec![
            figure(
                "totals.grant_total",
                t("Tilskud i alt pr. år", "Grant total per year"),
                kr,
                old.totals.grant_total,
                new.totals.grant_total,
            ),
            figure(
                "totals.monthly",
                t("Udbetaling pr. måned", "Monthly payment"),
                kr,
                old.totals.monthly.first().copied().unwrap_or_default(),
                new.totals.monthly.first().copied().unwrap_or_default(),
            ),
            figure(
                "cap.cost_per_hour",
                t("Udgift pr. time", "Cost per hour"),
                kr,
                old.cap.cost_per_hour,
                new.cap.cost_per_hour,
            ),
        ],
    }
}

/// A budget against the last decision (`[previous]`: grant per year and hours per week).
#[must_use]
pub fn against_previous(file: &str, previous: &Previous, new: &Budget) -> Diff {
    let old = Level::of_previous(previous);
    let now = new.level();
    let lines = old
        .figures()
        .into_iter()
        .zip(now.figures())
        .filter_map(|((key, label, unit, o), (.., n))| {
            Some(figure(key, label, unit, o?, n.unwrap_or_default()))
        })
        .collect();
    Diff {
        old: Side {
            file: file.to_string(),
            id: new.id.clone(),
            year: None,
            basis: "[previous]".to_string(),
        },
        new: Side::of(file, new),
        sections: vec![Section {
            key: "previous",
            title: t(
                "Sidste afgørelse og ny beregning",
                "Last decision and new calculation",
            ),
            lines,
        }],
        reduction: reduction(&old, &now),
    }
}

/// One case of a comparison over folders (`bpa diff OLD/ NEW/`): the grant
/// and weekly hours before and after, and whether the change needs notice.
#[derive(Debug, Clone)]
pub struct CaseChange {
    pub id: String,
    pub old_file: String,
    pub new_file: String,
    /// The old side's rate table, or `[previous]`.
    pub old_basis: String,
    pub new_basis: String,
    pub old_grant: Option<Decimal>,
    pub new_grant: Option<Decimal>,
    pub old_hours_per_week: Option<Decimal>,
    pub new_hours_per_week: Option<Decimal>,
    /// Hours or the grant fall: 14 weeks' notice (SEL § 3 a).
    pub notice: bool,
    /// A case file had a warning when it was read (`--strict` fails on it).
    pub warned: bool,
}

impl CaseChange {
    /// The figures of a whole comparison that a folder row shows.
    #[must_use]
    pub fn of(d: &Diff) -> CaseChange {
        let find = |key: &str| {
            d.sections
                .iter()
                .flat_map(|s| &s.lines)
                .find(|l| l.key == key)
        };
        let grant = find("totals.grant_total");
        let week = find("hours.per_week");
        CaseChange {
            id: d.new.id.clone(),
            old_file: d.old.file.clone(),
            new_file: d.new.file.clone(),
            old_basis: d.old.basis.clone(),
            new_basis: d.new.basis.clone(),
            old_grant: grant.and_then(|l| l.old),
            new_grant: grant.and_then(|l| l.new),
            old_hours_per_week: week.and_then(|l| l.old),
            new_hours_per_week: week.and_then(|l| l.new),
            notice: d.reduction.is_some(),
            warned: false,
        }
    }

    /// New grant minus old; `None` when a side has none.
    #[must_use]
    pub fn change(&self) -> Option<Decimal> {
        Some(self.new_grant? - self.old_grant?)
    }
}

/// The cases to compare over folders, paired by their path inside each
/// folder (`old/a.toml` with `new/a.toml`), in name order; a case found on
/// one side only has `None` on the other. Rate tables in the folders are
/// left out. Without `new`, every case of `old` is paired with itself
/// (other rates, or its `[previous]`).
#[must_use]
pub fn folder_pairs(
    old: &std::path::Path,
    new: Option<&std::path::Path>,
) -> Vec<(Option<std::path::PathBuf>, Option<std::path::PathBuf>)> {
    use std::collections::BTreeMap;
    use std::path::PathBuf;
    let cases = |root: &std::path::Path| -> BTreeMap<PathBuf, PathBuf> {
        crate::runs::walk::CaseFiles::new(&[root.to_path_buf()])
            .filter_map(Result::ok)
            .filter(|f| !crate::case::read::is_rate_table(&f.path))
            .map(|f| {
                let rel = f
                    .path
                    .strip_prefix(root)
                    .map(std::path::Path::to_path_buf)
                    .unwrap_or_else(|_| f.path.clone());
                (rel, f.path)
            })
            .collect()
    };
    let olds = cases(old);
    let Some(new) = new else {
        return olds
            .into_values()
            .map(|p| (Some(p.clone()), Some(p)))
            .collect();
    };
    let mut news = cases(new);
    let mut pairs: BTreeMap<PathBuf, (Option<PathBuf>, Option<PathBuf>)> = olds
        .into_iter()
        .map(|(rel, path)| {
            let other = news.remove(&rel);
            (rel, (Some(path), other))
        })
        .collect();
    for (rel, path) in news {
        pairs.insert(rel, (None, Some(path)));
    }
    pairs.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::Basis;
    use rust_decimal_macros::dec;

    fn line(key: &str, amount: Decimal) -> Line {
        Line::new(
            key.to_string(),
            t(key.to_string(), key.to_string()),
            amount,
            Basis::new(),
            "",
        )
    }

    #[test]
    fn lines_pair_by_key_and_a_missing_side_counts_as_zero() {
        let old = [
            line("a", dec!(100)),
            line("b", dec!(50)),
            line("gone", dec!(10)),
        ];
        let new = [
            line("b", dec!(40)),
            line("a", dec!(110)),
            line("added", dec!(5)),
        ];
        let d = pair(&old, &new, Unit::Kroner);
        let keys: Vec<&str> = d.iter().map(|l| l.key.as_str()).collect();
        assert_eq!(keys, ["a", "b", "gone", "added"]);
        assert_eq!(d[0].change(), dec!(10));
        assert_eq!(d[0].change_pct(), Some(dec!(10.00)));
        // 40 − 50 = −10 of 50: −20 %
        assert_eq!(d[1].change_pct(), Some(dec!(-20.00)));
        assert_eq!((d[2].new, d[2].change()), (None, dec!(-10)));
        assert_eq!(
            (d[3].old, d[3].change(), d[3].change_pct()),
            (None, dec!(5), None)
        );
    }

    #[test]
    fn a_repeated_key_pairs_in_order() {
        let old = [line("x", dec!(1)), line("x", dec!(2))];
        let new = [line("x", dec!(3)), line("x", dec!(4))];
        let d = pair(&old, &new, Unit::Hours);
        assert_eq!(d.len(), 2);
        assert_eq!((d[0].old, d[0].new), (Some(dec!(1)), Some(dec!(3))));
        assert_eq!((d[1].old, d[1].new), (Some(dec!(2)), Some(dec!(4))));
    }
}
