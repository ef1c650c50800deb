//! Rate tables (SPEC 1, 11): embedded years, `extends` with deep merge,
//! a source on every figure, and the service level a case resolves against.

use std::collections::HashMap;
use std::collections::hash_map::Entry as Slot;
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::case::{AdminModel, Band, BandMap, Case, Employer};
use crate::error::{InputError, Source, from_serde};

/// The tables shipped inside the binary, by the name `extends` uses.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("base", include_str!("../rates/base.toml")),
    ("2022", include_str!("../rates/2022.toml")),
    ("2023", include_str!("../rates/2023.toml")),
    ("2024", include_str!("../rates/2024.toml")),
    ("2025", include_str!("../rates/2025.toml")),
    ("2026", include_str!("../rates/2026.toml")),
];

/// The grant years with an embedded table.
#[must_use]
pub fn embedded_years() -> Vec<u16> {
    EMBEDDED
        .iter()
        .filter_map(|(name, _)| name.parse().ok())
        .collect()
}

fn default_true() -> bool {
    true
}

/// One figure: its value, where it was published (or how it was derived),
/// and whether it is published for this very year.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub value: Decimal,
    pub source: String,
    #[serde(default = "default_true")]
    pub verified: bool,
}

/// A band's working-time supplement: percent of the base wage or kroner per hour.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Supplement {
    pub pct: Option<Decimal>,
    pub kr: Option<Decimal>,
    pub source: String,
    #[serde(default = "default_true")]
    pub verified: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Supplements {
    pub weekday_day: Supplement,
    pub weekday_evening: Supplement,
    pub weekday_night: Supplement,
    pub saturday: Supplement,
    pub sunday_holiday: Supplement,
}

impl Supplements {
    #[must_use]
    pub fn get(&self, band: Band) -> &Supplement {
        match band {
            Band::WeekdayDay => &self.weekday_day,
            Band::WeekdayEvening => &self.weekday_evening,
            Band::WeekdayNight => &self.weekday_night,
            Band::Saturday => &self.saturday,
            Band::SundayHoliday => &self.sunday_holiday,
        }
    }
}

/// A wage scale (BEK § 5): base wage, band supplements, standby, pension, holiday pay.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WageScale {
    pub name: String,
    pub name_en: String,
    pub legal: String,
    pub base_hourly: Figure,
    pub standby_pct: Figure,
    pub pension_pct: Figure,
    #[serde(default)]
    pub pension_on_time_supplements: bool,
    pub holiday_pct: Figure,
    pub supplements: Supplements,
    /// When the supplement bands apply, for `[[schedule]]` cases.
    pub windows: Option<Windows>,
}

/// A wage scale's band windows from its working-time agreement: which
/// hours of which days fall in each supplement band. An hour in no window
/// is a weekday-day hour.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Windows {
    pub source: String,
    #[serde(default = "default_true")]
    pub verified: bool,
    /// Where windows overlap, the band with the highest supplement applies.
    pub overlap: Overlap,
    /// Supplements are paid per started period of this many minutes (30:
    /// the half-hour rule); 0 counts exact minutes.
    #[serde(default)]
    pub started_minutes: u32,
    /// Dates (`MM-DD`) that are Sunday-and-holiday time from `half_day_from`.
    #[serde(default)]
    pub half_days: Vec<String>,
    pub half_day_from: Option<String>,
    #[serde(default)]
    pub weekday_evening: Vec<Window>,
    #[serde(default)]
    pub weekday_night: Vec<Window>,
    #[serde(default)]
    pub saturday: Vec<Window>,
    #[serde(default)]
    pub sunday_holiday: Vec<Window>,
}

impl Windows {
    /// The windows of a band (none for weekday day, the band outside all windows).
    #[must_use]
    pub fn of(&self, band: Band) -> &[Window] {
        match band {
            Band::WeekdayDay => &[],
            Band::WeekdayEvening => &self.weekday_evening,
            Band::WeekdayNight => &self.weekday_night,
            Band::Saturday => &self.saturday,
            Band::SundayHoliday => &self.sunday_holiday,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Overlap {
    /// The band whose supplement is worth most per hour.
    Highest,
}

/// A time window on some days: `from` to `to` (`to` at or before `from`
/// runs to midnight and on from the next midnight of a listed day).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub days: Vec<WindowDay>,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WindowDay {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
    /// A public holiday of the grant year (helligdag).
    Holiday,
}

/// How one week of 168 hours falls in the bands (full-cover weeks, SPEC 3.2).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WeekProfile {
    pub weekday_day: Decimal,
    pub weekday_evening: Decimal,
    pub weekday_night: Decimal,
    pub saturday: Decimal,
    pub sunday_holiday: Decimal,
    pub source: String,
    #[serde(default = "default_true")]
    pub verified: bool,
}

impl WeekProfile {
    #[must_use]
    pub fn map(&self) -> BandMap {
        [
            self.weekday_day,
            self.weekday_evening,
            self.weekday_night,
            self.saturday,
            self.sunday_holiday,
        ]
    }
}

/// How a contribution's yearly amount is found (SPEC 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContributionBasis {
    AtpBrackets,
    PerFteYear,
    PerFteQuarter,
    PerHelperYear,
    PerSkilledHelperYear,
    PerHour,
    PctOfWages,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Bracket {
    pub min_hours: Decimal,
    pub monthly: Decimal,
}

/// A statutory contribution (BEK § 5 stk. 5, KL 3.4.3).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    pub name: String,
    pub name_en: String,
    pub legal: String,
    pub basis: ContributionBasis,
    pub rate: Option<Decimal>,
    pub brackets: Option<Vec<Bracket>>,
    pub applies_to: Vec<Employer>,
    #[serde(default)]
    pub first_employee_exempt_for: Vec<Employer>,
    /// Covered after invoice, not budgeted (Barsel.dk: BEK § 4 stk. 2 and § 6,
    /// VEJ pkt. 78, 80, 94): listed with the estimate `rate × FTE`.
    #[serde(default)]
    pub after_invoice: bool,
    pub source: String,
    #[serde(default = "default_true")]
    pub verified: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskUnit {
    PerScheme,
    PerHelper,
    PerNewHire,
    PerApplicantRound,
    PerRound,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskCondition {
    Always,
    NewOrInsecure,
    #[serde(rename = "transfer_year_1")]
    TransferYear1,
    Share,
}

/// Who bears a task and how it is priced (KL bilag 1, BEK § 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskCover {
    /// In the § 8 amount at the catalogue's time.
    Subsidy,
    /// Work environment: covered after invoice (BEK § 4 stk. 2).
    AfterInvoice,
    /// Estimated in KL bilag 1 as "lig tidligere kommunal varetagelse": the
    /// employer's work, in the § 8 amount at the time the municipality itself
    /// used; `minutes` gives it, and without it the task is "tid ikke fastsat".
    Municipal,
}

/// One employer task of KL bilag 1.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub id: String,
    pub group: String,
    pub task: String,
    pub task_en: String,
    /// Absent for a task whose time the rate table does not set.
    pub minutes: Option<Decimal>,
    pub unit: TaskUnit,
    pub applicants: Option<Decimal>,
    pub rounds: Option<Decimal>,
    pub condition: TaskCondition,
    pub share: Option<Decimal>,
    pub cover: TaskCover,
    /// A recruitment task (job ads, interviews): only with new hires.
    #[serde(default)]
    pub recruitment: bool,
    pub source: String,
    #[serde(default = "default_true")]
    pub verified: bool,
}

/// A § 8 item priced by time: hours per scheme or per helper a year.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TaskTime {
    pub hours: Decimal,
    pub unit: TaskUnit,
    pub source: String,
    #[serde(default = "default_true")]
    pub verified: bool,
}

/// The employer-task catalogue and its hourly rate (BEK § 8, KL tabel 5, bilag 1).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EmployerTasks {
    pub price_level_year: u16,
    pub ac_hourly: Figure,
    pub hk_hourly: Figure,
    pub ac_share_pct: Figure,
    pub index_factor: Figure,
    /// BEK § 8 nr. 4: helping to secure substitute cover; absent = not set.
    pub substitute_cover: Option<TaskTime>,
    /// BEK § 8 nr. 6: accounts, management and office incl. IT and rent,
    /// beyond the overhead in the AC/HK rate; absent = not set.
    pub office: Option<TaskTime>,
    pub kt: Vec<Task>,
    pub bpa: Vec<Task>,
}

/// The municipality's general choices (KL 3.4.1, VEJ pkt. 61).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceLevel {
    pub wage_scale: String,
    pub admin_model: AdminModel,
    pub general_supplement_pct: Figure,
    pub weeks_per_year: Figure,
    pub mus_hours: Figure,
    pub staff_meeting_hours: Figure,
    pub standby_pct: Option<Figure>,
    pub admin_pct: Figure,
    pub admin_per_hour: Figure,
    pub payroll_per_payslip: Figure,
    pub other_costs: Figure,
    pub cap_hourly: Option<Figure>,
    pub respirator_region_pct: Figure,
}

/// A rate table after `extends` has been applied.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RateTable {
    pub year: u16,
    pub description: String,
    pub wage_scales: IndexMap<String, WageScale>,
    pub week_profile: WeekProfile,
    pub contributions: IndexMap<String, Contribution>,
    pub employer_tasks: EmployerTasks,
    pub service_level: ServiceLevel,
}

/// A loaded table and where it came from, for the output's header.
#[derive(Debug, Clone)]
pub struct Rates {
    pub table: RateTable,
    /// `embedded 2025`, or the user file and the chain it extends.
    pub origin: String,
}

/// One figure as used by a calculation: its path in the table, value and source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fig {
    pub path: String,
    pub value: Decimal,
    pub source: String,
    pub verified: bool,
}

impl Fig {
    /// A figure of the rate table, under its path.
    #[must_use]
    pub fn of(path: impl Into<String>, f: &Figure) -> Fig {
        Fig {
            path: path.into(),
            value: f.value,
            source: f.source.clone(),
            verified: f.verified,
        }
    }

    /// A figure decided in the case itself, under `[override]` or the case's own tables.
    #[must_use]
    pub fn case(path: &str, value: Decimal) -> Fig {
        Fig {
            path: path.into(),
            value,
            source: format!("case file, {path}"),
            verified: true,
        }
    }
}

impl Rates {
    /// The table a case is calculated on: `file` when given (`--rates`), else
    /// the case's own `rates` file, else the embedded table for the case's year (an unknown year is an error at `year`).
    pub fn for_case(case: &Case, file: Option<&Path>) -> Result<Rates, InputError> {
        if file.is_none()
            && let Some(path) = case_table(case)
        {
            if !path.is_file() {
                return Err(case
                    .error("rates", "no rate table file there")
                    .found(format!("{}", path.display()))
                    .allowed("a rate table file, relative to the case file"));
            }
            return Rates::from_file(&path);
        }
        match file {
            Some(path) => Rates::from_file(path),
            None if embedded_years().contains(&case.file.year) => Rates::embedded(case.file.year),
            None => Err(case
                .error("year", "no embedded rate table for this grant year")
                .found(case.file.year.to_string())
                .allowed(
                    embedded_years()
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                        + ", or --rates FILE",
                )),
        }
    }

    /// The embedded table for a grant year.
    pub fn embedded(year: u16) -> Result<Rates, InputError> {
        let name = year.to_string();
        let table = load_chain(&TableRef::Embedded(name.clone()), &mut Vec::new())?;
        Rates::from_merged(
            table,
            &Source {
                name: format!("embedded rate table {name}"),
                text: String::new(),
            },
            format!("embedded {name}"),
        )
    }

    /// A user rate table file, which may `extends` an embedded year or another file.
    pub fn from_file(path: &Path) -> Result<Rates, InputError> {
        let src = Source::read(path)?;
        let mut chain = Vec::new();
        let table = load_chain(&TableRef::File(path.to_path_buf()), &mut chain)?;
        let origin = chain.join(" → ");
        Rates::from_merged(table, &src, origin)
    }

    fn from_merged(
        mut table: toml::Table,
        src: &Source,
        origin: String,
    ) -> Result<Rates, InputError> {
        table.remove("extends");
        let table: RateTable = serde_path_to_error::deserialize(toml::Value::Table(table))
            .map_err(|e| {
                let path = e.path().to_string();
                from_serde(src, &path, e.inner().message(), None)
            })?;
        validate(&table, src)?;
        Ok(Rates { table, origin })
    }
}

/// The case's own rate table (`rates = "kommune-2025.toml"`, SPEC 2), found
/// relative to the case file; a case read from standard input looks in the
/// current folder.
#[must_use]
pub fn case_table(case: &Case) -> Option<PathBuf> {
    let name = case.file.rates.as_ref()?;
    let dir = if case.src.name == crate::error::STDIN_NAME {
        PathBuf::new()
    } else {
        Path::new(&case.src.name)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
    };
    Some(dir.join(name))
}

/// The rate tables of a run over many cases: a `--rates` file read once,
/// a `--rates-dir` folder with one table per year, or each case's own
/// `rates` file and each embedded year loaded the first time a case asks.
#[derive(Debug, Clone, Default)]
pub struct RateBook {
    file: Option<Rates>,
    dir: Option<(PathBuf, HashMap<u16, Rates>)>,
    files: HashMap<PathBuf, Rates>,
    years: HashMap<u16, Rates>,
}

impl RateBook {
    /// A book on one rate table file for every case, or on the embedded years.
    pub fn new(file: Option<&Path>) -> Result<RateBook, InputError> {
        Ok(RateBook {
            file: file.map(Rates::from_file).transpose()?,
            ..RateBook::default()
        })
    }

    /// A book on a folder of rate tables, one per grant year (`--rates-dir`):
    /// every `*.toml` file in it is a table; one named `2026.toml` must be for
    /// 2026, and no two may be for the same year.
    pub fn from_dir(dir: &Path) -> Result<RateBook, InputError> {
        let name = dir.display().to_string();
        let entries = std::fs::read_dir(dir)
            .map_err(|e| InputError::file(&name, format!("cannot read the folder: {e}")))?;
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && p.extension().is_some_and(|x| x == "toml")
                    && !p
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        paths.sort();
        let mut years: HashMap<u16, Rates> = HashMap::new();
        let mut first: HashMap<u16, PathBuf> = HashMap::new();
        for path in paths {
            let rates = Rates::from_file(&path)?;
            let year = rates.table.year;
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
            if let Some(named) = stem.and_then(|s| s.parse::<u16>().ok())
                && named != year
            {
                let src = Source::read(&path)?;
                return Err(src
                    .error_at("year", "the file name says another grant year")
                    .found(format!("year = {year} in a file named {named}.toml"))
                    .allowed(format!("year = {named}, or rename the file")));
            }
            if let Some(other) = first.get(&year) {
                return Err(InputError::file(
                    path.display().to_string(),
                    "two rate tables in the folder are for the same grant year",
                )
                .found(format!("year = {year} here and in {}", other.display()))
                .allowed("one table per grant year"));
            }
            first.insert(year, path);
            years.insert(year, rates);
        }
        if years.is_empty() {
            return Err(InputError::file(name, "no rate tables in the folder")
                .allowed("files such as 2025.toml and 2026.toml, each a rate table for its year"));
        }
        Ok(RateBook {
            dir: Some((dir.to_path_buf(), years)),
            ..RateBook::default()
        })
    }

    /// The grant year of the `--rates` file, if one was given.
    #[must_use]
    pub fn file_year(&self) -> Option<u16> {
        self.file.as_ref().map(|r| r.table.year)
    }

    /// The grant years of the `--rates-dir` folder, in order, if one was given.
    #[must_use]
    pub fn dir_years(&self) -> Option<Vec<u16>> {
        self.dir.as_ref().map(|(_, years)| {
            let mut list: Vec<u16> = years.keys().copied().collect();
            list.sort_unstable();
            list
        })
    }

    /// The table a case is calculated on: the `--rates` file, the folder's
    /// table for the case's year, the case's own `rates` file, or the
    /// embedded table for its year, in that order.
    pub fn for_case(&mut self, case: &Case) -> Result<&Rates, InputError> {
        if let Some(rates) = &self.file {
            return Ok(rates);
        }
        if let Some((dir, years)) = &self.dir {
            let year = case.file.year;
            let mut known: Vec<String> = years.keys().map(ToString::to_string).collect();
            known.sort();
            return years.get(&year).ok_or_else(|| {
                case.error("year", "no rate table for this grant year in --rates-dir")
                    .found(format!(
                        "{year}, with tables in {} for {}",
                        dir.display(),
                        known.join(", ")
                    ))
                    .allowed(format!(
                        "a table for {year} in the folder, e.g. {}",
                        dir.join(format!("{year}.toml")).display()
                    ))
            });
        }
        if let Some(path) = case_table(case) {
            return match self.files.entry(path) {
                Slot::Occupied(e) => Ok(e.into_mut()),
                Slot::Vacant(e) => {
                    let rates = Rates::for_case(case, None)?;
                    Ok(e.insert(rates))
                }
            };
        }
        match self.years.entry(case.file.year) {
            Slot::Occupied(e) => Ok(e.into_mut()),
            Slot::Vacant(e) => Ok(e.insert(Rates::for_case(case, None)?)),
        }
    }
}

enum TableRef {
    Embedded(String),
    File(PathBuf),
}

/// Resolve a table and what it extends, deepest first, merging as it goes.
fn load_chain(r: &TableRef, chain: &mut Vec<String>) -> Result<toml::Table, InputError> {
    let (src, name) = match r {
        TableRef::Embedded(name) => {
            let Some((_, text)) = EMBEDDED.iter().find(|(n, _)| n == name) else {
                let known: Vec<&str> = EMBEDDED.iter().map(|(n, _)| *n).collect();
                return Err(InputError::file(
                    "rate tables",
                    "no embedded rate table with that name",
                )
                .found(format!("\"{name}\""))
                .allowed(known.join(", ")));
            };
            (
                Source {
                    name: format!("embedded rate table {name}"),
                    text: (*text).to_string(),
                },
                format!("embedded {name}"),
            )
        }
        TableRef::File(path) => {
            let src = Source::read(path)?;
            let name = src.name.clone();
            (src, name)
        }
    };
    if chain.contains(&name) {
        return Err(
            InputError::file(&src.name, "the rate tables extend each other in a circle")
                .found(format!("{} → {name}", chain.join(" → ")))
                .allowed("a chain that ends in an embedded table"),
        );
    }
    chain.push(name);
    src.check_syntax_and_numbers()?;
    let table: toml::Table = toml::from_str(&src.text).map_err(|e| {
        let mut err = InputError::file(&src.name, e.message().lines().next().unwrap_or(""));
        err.line_col = e.span().map(|s| src.line_col(s.start));
        err
    })?;
    let Some(parent) = table.get("extends") else {
        return Ok(table);
    };
    let Some(parent) = parent.as_str() else {
        return Err(src
            .error_at("extends", "wrong type")
            .found(parent.type_str())
            .allowed("a string: an embedded year such as \"2025\", or a path to another table"));
    };
    let parent_ref = if Path::new(parent).extension().is_some_and(|e| e == "toml") {
        let base = match r {
            TableRef::File(p) => p.parent().map(Path::to_path_buf).unwrap_or_default(),
            TableRef::Embedded(_) => PathBuf::new(),
        };
        TableRef::File(base.join(parent))
    } else if EMBEDDED.iter().any(|(n, _)| *n == parent) {
        TableRef::Embedded(parent.to_string())
    } else {
        let known: Vec<&str> = EMBEDDED.iter().map(|(n, _)| *n).collect();
        return Err(src
            .error_at("extends", "no rate table with that name")
            .found(format!("\"{parent}\""))
            .allowed(format!(
                "an embedded table ({}) or a path ending in .toml",
                known.join(", ")
            )));
    };
    let mut merged = load_chain(&parent_ref, chain)?;
    merge(&mut merged, table);
    Ok(merged)
}

/// Deep merge: tables merge key by key, anything else (arrays too) is replaced.
/// A table that brings its own `source` also brings its own `verified`
/// (true unless it says otherwise): a new source never inherits the old flag.
pub fn merge(base: &mut toml::Table, over: toml::Table) {
    if over.contains_key("source") && !over.contains_key("verified") {
        base.remove("verified");
    }
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

const MAX_FIGURE: i64 = 1_000_000_000;

fn validate(t: &RateTable, src: &Source) -> Result<(), InputError> {
    let err = |path: &str, problem: &str| src.error_at(path, problem);
    let mut figures: Vec<(String, Decimal)> = Vec::new();
    for (name, w) in &t.wage_scales {
        for (k, f) in [
            ("base_hourly", &w.base_hourly),
            ("standby_pct", &w.standby_pct),
            ("pension_pct", &w.pension_pct),
            ("holiday_pct", &w.holiday_pct),
        ] {
            figures.push((format!("wage_scales.{name}.{k}"), f.value));
        }
        for b in Band::ALL {
            let s = w.supplements.get(b);
            let path = format!("wage_scales.{name}.supplements.{}", b.key());
            match (s.pct, s.kr) {
                (Some(v), None) | (None, Some(v)) => figures.push((path, v)),
                _ => {
                    return Err(
                        err(&path, "a supplement needs exactly one of `pct` and `kr`").allowed(
                            "pct = 30 (percent of the base wage) or kr = 25.50 (kroner per hour)",
                        ),
                    );
                }
            }
        }
    }
    for (name, w) in &t.wage_scales {
        let Some(win) = &w.windows else { continue };
        let base = format!("wage_scales.{name}.windows");
        let mut times: Vec<(String, &String)> = Vec::new();
        for b in Band::ALL {
            for (i, x) in win.of(b).iter().enumerate() {
                times.push((format!("{base}.{}[{i}].from", b.key()), &x.from));
                times.push((format!("{base}.{}[{i}].to", b.key()), &x.to));
            }
        }
        if let Some(from) = &win.half_day_from {
            times.push((format!("{base}.half_day_from"), from));
        }
        for (path, text) in times {
            if crate::case::quarter_minutes(text).is_none() {
                return Err(err(&path, "not a time on a quarter hour")
                    .found(format!("\"{text}\""))
                    .allowed("\"HH:MM\" from \"00:00\" to \"24:00\", minutes 00, 15, 30 or 45"));
            }
        }
        for (i, d) in win.half_days.iter().enumerate() {
            let ok = d.split_once('-').is_some_and(|(m, day)| {
                m.len() == 2
                    && day.len() == 2
                    && chrono::NaiveDate::from_ymd_opt(
                        2024,
                        m.parse().unwrap_or(0),
                        day.parse().unwrap_or(0),
                    )
                    .is_some()
            });
            if !ok {
                return Err(err(&format!("{base}.half_days[{i}]"), "not a date")
                    .found(format!("\"{d}\""))
                    .allowed("\"MM-DD\", e.g. \"05-01\" for 1 May"));
            }
        }
        if !win.half_days.is_empty() && win.half_day_from.is_none() {
            return Err(err(&base, "half_days without half_day_from")
                .allowed("half_day_from = \"12:00\": when the half days' holiday time begins"));
        }
        if win.started_minutes > 60 || (win.started_minutes > 0 && 60 % win.started_minutes != 0) {
            return Err(
                err(&format!("{base}.started_minutes"), "not a part of an hour")
                    .found(win.started_minutes.to_string())
                    .allowed("0 (exact minutes), 15, 30 or 60"),
            );
        }
    }
    let profile: Decimal = t.week_profile.map().iter().sum();
    if profile != Decimal::from(168) {
        return Err(
            err("week_profile", "the week profile must add up to 168 hours")
                .found(format!("{} h", profile.normalize()))
                .allowed("five band figures that sum to 168"),
        );
    }
    for b in Band::ALL {
        figures.push((
            format!("week_profile.{}", b.key()),
            t.week_profile.map()[b as usize],
        ));
    }
    for (name, c) in &t.contributions {
        let path = format!("contributions.{name}");
        if c.basis == ContributionBasis::AtpBrackets {
            let Some(brackets) = c.brackets.as_ref().filter(|b| !b.is_empty()) else {
                return Err(err(&path, "basis \"atp_brackets\" needs `brackets`")
                    .allowed("brackets = [{ min_hours = 117, monthly = 198.00 }, …]"));
            };
            for (i, b) in brackets.iter().enumerate() {
                figures.push((format!("{path}.brackets[{i}].min_hours"), b.min_hours));
                figures.push((format!("{path}.brackets[{i}].monthly"), b.monthly));
            }
        } else {
            match c.rate {
                Some(r) => figures.push((format!("{path}.rate"), r)),
                None => {
                    return Err(err(&path, "this contribution needs a `rate`")
                        .allowed("a number, in the unit its basis names"));
                }
            }
        }
    }
    let et = &t.employer_tasks;
    for (k, f) in [
        ("ac_hourly", &et.ac_hourly),
        ("hk_hourly", &et.hk_hourly),
        ("ac_share_pct", &et.ac_share_pct),
        ("index_factor", &et.index_factor),
    ] {
        figures.push((format!("employer_tasks.{k}"), f.value));
    }
    if et.ac_share_pct.value > Decimal::ONE_HUNDRED {
        return Err(err("employer_tasks.ac_share_pct", "a share above 100 %")
            .allowed("a percent from 0 to 100"));
    }
    for (scheme, tasks) in [("kt", &et.kt), ("bpa", &et.bpa)] {
        for (i, task) in tasks.iter().enumerate() {
            let path = format!("employer_tasks.{scheme}[{i}]");
            if let Some(m) = task.minutes {
                figures.push((format!("{path}.minutes"), m));
            }
            if task.condition == TaskCondition::Share && task.share.is_none_or(|s| s > Decimal::ONE)
            {
                return Err(err(
                    &path,
                    "condition \"share\" needs `share`, a fraction from 0 to 1",
                )
                .allowed("share = 0.5"));
            }
            let needs = match task.unit {
                TaskUnit::PerApplicantRound => {
                    vec![("applicants", task.applicants), ("rounds", task.rounds)]
                }
                TaskUnit::PerRound => vec![("rounds", task.rounds)],
                _ => vec![],
            };
            for (k, v) in needs {
                match v {
                    Some(v) => figures.push((format!("{path}.{k}"), v)),
                    None => return Err(err(&path, "this task's unit needs more keys")
                        .found(format!("no `{k}`"))
                        .allowed(
                            "applicants and rounds for per_applicant_round, rounds for per_round",
                        )),
                }
            }
        }
    }
    let sl = &t.service_level;
    if !t.wage_scales.contains_key(&sl.wage_scale) {
        return Err(
            err("service_level.wage_scale", "no wage scale with that name")
                .found(format!("\"{}\"", sl.wage_scale))
                .allowed(t.wage_scales.keys().cloned().collect::<Vec<_>>().join(", ")),
        );
    }
    for (k, f) in service_figures(sl) {
        figures.push((format!("service_level.{k}"), f.value));
    }
    if sl.weeks_per_year.value < Decimal::ONE || sl.weeks_per_year.value > Decimal::from(53) {
        return Err(err("service_level.weeks_per_year", "number out of range")
            .found(sl.weeks_per_year.value.to_string())
            .allowed("weeks from 1 to 53"));
    }
    for (path, v) in figures {
        if v.is_sign_negative() && !v.is_zero() || v > Decimal::from(MAX_FIGURE) {
            return Err(err(&path, "number out of range")
                .found(v.normalize().to_string())
                .allowed("a number from 0 to 1,000,000,000"));
        }
    }
    Ok(())
}

fn service_figures(sl: &ServiceLevel) -> Vec<(&'static str, &Figure)> {
    let mut v = vec![
        ("general_supplement_pct", &sl.general_supplement_pct),
        ("weeks_per_year", &sl.weeks_per_year),
        ("mus_hours", &sl.mus_hours),
        ("staff_meeting_hours", &sl.staff_meeting_hours),
        ("admin_pct", &sl.admin_pct),
        ("admin_per_hour", &sl.admin_per_hour),
        ("payroll_per_payslip", &sl.payroll_per_payslip),
        ("other_costs", &sl.other_costs),
        ("respirator_region_pct", &sl.respirator_region_pct),
    ];
    if let Some(f) = &sl.standby_pct {
        v.push(("standby_pct", f));
    }
    if let Some(f) = &sl.cap_hourly {
        v.push(("cap_hourly", f));
    }
    v
}

/// A service-level key the case overrides (VEJ pkt. 61: an individual deviation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deviation {
    pub key: String,
    pub standard: Option<String>,
    pub case: String,
}

/// Everything the calculation needs from the rate table, with this case's
/// overrides applied; each figure keeps its path and source.
#[derive(Debug, Clone)]
pub struct Params {
    pub scale_name: String,
    pub scale: WageScale,
    pub base_hourly: Fig,
    pub standby_pct: Fig,
    pub pension_pct: Fig,
    pub holiday_pct: Fig,
    pub general_supplement_pct: Fig,
    pub weeks_per_year: Fig,
    pub mus_hours: Fig,
    pub staff_meeting_hours: Fig,
    pub admin_model: AdminModel,
    pub admin_pct: Fig,
    pub admin_per_hour: Fig,
    pub payroll_per_payslip: Fig,
    pub other_costs: Fig,
    pub cap_hourly: Option<Fig>,
    pub respirator_region_pct: Fig,
    pub deviations: Vec<Deviation>,
}

impl Params {
    /// Resolve the service level for one case: the table's figures, then the
    /// case's `[override]` on top, each override recorded as a deviation.
    pub fn resolve(rates: &RateTable, case: &Case) -> Result<Params, InputError> {
        let sl = &rates.service_level;
        let o = &case.file.overrides;
        let mut deviations = Vec::new();
        let scale_name = match &o.wage_scale {
            Some(name) if !rates.wage_scales.contains_key(name) => {
                return Err(case
                    .error(
                        "override.wage_scale",
                        "no wage scale with that name in the rate table",
                    )
                    .found(format!("\"{name}\""))
                    .allowed(
                        rates
                            .wage_scales
                            .keys()
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", "),
                    ));
            }
            Some(name) => {
                deviations.push(Deviation {
                    key: "wage_scale".into(),
                    standard: Some(sl.wage_scale.clone()),
                    case: name.clone(),
                });
                name.clone()
            }
            None => sl.wage_scale.clone(),
        };
        let scale = rates.wage_scales[&scale_name].clone();
        let wp = format!("wage_scales.{scale_name}");
        let mut pick = |key: &str, over: Option<Decimal>, standard: Fig| match over {
            Some(v) => {
                deviations.push(Deviation {
                    key: key.into(),
                    standard: Some(standard.value.normalize().to_string()),
                    case: v.normalize().to_string(),
                });
                Fig::case(&format!("override.{key}"), v)
            }
            None => standard,
        };
        let sp = "service_level";
        let standby_standard = match &sl.standby_pct {
            Some(f) => Fig::of(format!("{sp}.standby_pct"), f),
            None => Fig::of(format!("{wp}.standby_pct"), &scale.standby_pct),
        };
        let params = Params {
            base_hourly: Fig::of(format!("{wp}.base_hourly"), &scale.base_hourly),
            pension_pct: Fig::of(format!("{wp}.pension_pct"), &scale.pension_pct),
            holiday_pct: Fig::of(format!("{wp}.holiday_pct"), &scale.holiday_pct),
            standby_pct: pick("standby_pct", o.standby_pct, standby_standard),
            general_supplement_pct: pick(
                "general_supplement_pct",
                o.general_supplement_pct,
                Fig::of(
                    format!("{sp}.general_supplement_pct"),
                    &sl.general_supplement_pct,
                ),
            ),
            weeks_per_year: pick(
                "weeks_per_year",
                o.weeks_per_year,
                Fig::of(format!("{sp}.weeks_per_year"), &sl.weeks_per_year),
            ),
            mus_hours: pick(
                "mus_hours",
                o.mus_hours,
                Fig::of(format!("{sp}.mus_hours"), &sl.mus_hours),
            ),
            staff_meeting_hours: pick(
                "staff_meeting_hours",
                o.staff_meeting_hours,
                Fig::of(format!("{sp}.staff_meeting_hours"), &sl.staff_meeting_hours),
            ),
            admin_pct: pick(
                "admin_pct",
                o.admin_pct,
                Fig::of(format!("{sp}.admin_pct"), &sl.admin_pct),
            ),
            admin_per_hour: pick(
                "admin_per_hour",
                o.admin_per_hour,
                Fig::of(format!("{sp}.admin_per_hour"), &sl.admin_per_hour),
            ),
            payroll_per_payslip: pick(
                "payroll_per_payslip",
                o.payroll_per_payslip,
                Fig::of(format!("{sp}.payroll_per_payslip"), &sl.payroll_per_payslip),
            ),
            other_costs: pick(
                "other_costs",
                o.other_costs,
                Fig::of(format!("{sp}.other_costs"), &sl.other_costs),
            ),
            respirator_region_pct: pick(
                "respirator_region_pct",
                o.respirator_region_pct,
                Fig::of(
                    format!("{sp}.respirator_region_pct"),
                    &sl.respirator_region_pct,
                ),
            ),
            cap_hourly: match (o.cap_hourly, &sl.cap_hourly) {
                (Some(v), standard) => {
                    deviations.push(Deviation {
                        key: "cap_hourly".into(),
                        standard: standard.as_ref().map(|f| f.value.normalize().to_string()),
                        case: v.normalize().to_string(),
                    });
                    Some(Fig::case("override.cap_hourly", v))
                }
                (None, Some(f)) => Some(Fig::of(format!("{sp}.cap_hourly"), f)),
                (None, None) => None,
            },
            admin_model: match o.admin_model {
                Some(m) => {
                    deviations.push(Deviation {
                        key: "admin_model".into(),
                        standard: Some(sl.admin_model.key().into()),
                        case: m.key().into(),
                    });
                    m
                }
                None => sl.admin_model,
            },
            scale_name,
            scale,
            deviations,
        };
        Ok(params)
    }
}

/// One sourced entry of a rate table as `bpa rates` shows it: a table with
/// a `source`, its figures in one line, the source and the verified flag.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub path: String,
    /// The figures as TOML text, exactly as written.
    pub value: String,
    /// The same figures by key, for output in a language's number format.
    #[serde(skip)]
    pub figures: Vec<(String, toml::Value)>,
    pub verified: bool,
    pub source: String,
}

/// Keys that describe an entry rather than give its figures.
const META: &[&str] = &["source", "verified", "name", "name_en", "legal"];

/// Every sourced entry of a merged table, in the table's order.
#[must_use]
pub fn entries(table: &toml::Table) -> Vec<Entry> {
    fn walk(t: &toml::Table, path: &str, out: &mut Vec<Entry>) {
        for (k, v) in t {
            let p = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            let toml::Value::Table(child) = v else {
                continue;
            };
            match child.get("source").and_then(toml::Value::as_str) {
                Some(source) => out.push(Entry {
                    value: figures(child),
                    figures: child
                        .iter()
                        .filter(|(k, _)| !META.contains(&k.as_str()))
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect(),
                    verified: child
                        .get("verified")
                        .and_then(toml::Value::as_bool)
                        .unwrap_or(true),
                    source: source.to_string(),
                    path: p,
                }),
                None => walk(child, &p, out),
            }
        }
    }
    let mut out = Vec::new();
    walk(table, "", &mut out);
    out
}

/// An entry's figures: a lone `value` as it is, else `key = value; …`.
fn figures(t: &toml::Table) -> String {
    let shown: Vec<(&String, &toml::Value)> = t
        .iter()
        .filter(|(k, _)| !META.contains(&k.as_str()))
        .collect();
    match shown.as_slice() {
        [(k, v)] if *k == "value" => v.to_string(),
        _ => shown
            .iter()
            .map(|(k, v)| format!("{k} = {v}"))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// A rate table after `extends` is applied, as TOML, with its origin; the
/// table is validated first, so only a usable table is shown.
pub fn merged(year: Option<u16>, file: Option<&Path>) -> Result<(toml::Table, String), InputError> {
    let (reference, origin) = match (file, year) {
        (Some(path), _) => {
            let rates = Rates::from_file(path)?;
            (TableRef::File(path.to_path_buf()), rates.origin)
        }
        (None, Some(year)) => {
            let rates = Rates::embedded(year)?;
            (TableRef::Embedded(year.to_string()), rates.origin)
        }
        (None, None) => (TableRef::Embedded("base".into()), "embedded base".into()),
    };
    let mut table = load_chain(&reference, &mut Vec::new())?;
    table.remove("extends");
    Ok((table, origin))
}

/// Every numeric leaf of a TOML table that has no `source` in its own table
/// or an enclosing one (the top-level `year` and `price_level_year` excepted).
#[must_use]
pub fn figures_without_source(table: &toml::Table) -> Vec<String> {
    fn walk(t: &toml::Table, path: &str, sourced: bool, out: &mut Vec<String>) {
        let here = sourced || t.get("source").is_some_and(toml::Value::is_str);
        for (k, v) in t {
            let p = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            visit(v, &p, here, out);
        }
    }
    fn visit(v: &toml::Value, p: &str, sourced: bool, out: &mut Vec<String>) {
        match v {
            toml::Value::Table(t) => walk(t, p, sourced, out),
            toml::Value::Array(a) => {
                for (i, v) in a.iter().enumerate() {
                    visit(v, &format!("{p}[{i}]"), sourced, out);
                }
            }
            toml::Value::Integer(_) | toml::Value::Float(_)
                if !sourced && p != "year" && !p.ends_with("price_level_year") =>
            {
                out.push(p.to_string())
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(table, "", false, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_year_loads() {
        for year in embedded_years() {
            let r = Rates::embedded(year).unwrap_or_else(|e| panic!("{year}: {e}"));
            assert_eq!(r.table.year, year);
        }
        assert_eq!(embedded_years(), vec![2022, 2023, 2024, 2025, 2026]);
    }

    #[test]
    fn every_shipped_figure_has_a_source() {
        for (name, text) in EMBEDDED {
            let table: toml::Table = toml::from_str(text).unwrap();
            let missing = figures_without_source(&table);
            assert!(
                missing.is_empty(),
                "rates/{name}.toml: figures without source: {missing:?}"
            );
        }
    }

    #[test]
    fn a_figure_without_source_is_found() {
        let table: toml::Table =
            toml::from_str("year = 2025\n[x]\nrate = 5\n[y]\nrate = 3\nsource = \"s\"\n").unwrap();
        assert_eq!(figures_without_source(&table), vec!["x.rate".to_string()]);
    }

    #[test]
    fn deep_merge_keeps_siblings_and_replaces_leaves() {
        let mut base: toml::Table = toml::from_str("[a]\nx = 1\ny = 2\n[b]\nz = [1, 2]\n").unwrap();
        merge(
            &mut base,
            toml::from_str("[a]\ny = 3\n[b]\nz = [9]\n").unwrap(),
        );
        assert_eq!(base.to_string(), "[a]\nx = 1\ny = 3\n\n[b]\nz = [9]\n");
    }

    #[test]
    fn a_new_source_does_not_inherit_verified_false() {
        let mut base: toml::Table =
            toml::from_str("[f]\nvalue = 1\nsource = \"old\"\nverified = false\n").unwrap();
        merge(
            &mut base,
            toml::from_str("[f]\nvalue = 2\nsource = \"council decision\"\n").unwrap(),
        );
        assert_eq!(
            base.to_string(),
            "[f]\nvalue = 2\nsource = \"council decision\"\n"
        );
    }

    #[test]
    fn year_2024_uses_the_2024_atp_rates() {
        let r = Rates::embedded(2024).unwrap();
        let atp = &r.table.contributions["atp"];
        assert_eq!(
            atp.brackets.as_ref().unwrap()[0].monthly,
            Decimal::from(198)
        );
    }
}
