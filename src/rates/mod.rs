//! Rate tables (SPEC 1, 11): embedded years, `extends` with deep merge,
//! a source on every figure, and the service level a case resolves against.
//!
//! By concern: [`figures`] (the table's structure), [`load`] (files, embedded
//! tables, `extends`), [`merge`], [`validate`], [`params`] (one case's
//! service level) and [`listing`] (`bpa rates`).

use std::collections::HashMap;
use std::collections::hash_map::Entry as Slot;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

mod dated;
mod figures;
mod listing;
mod load;
mod merge;
mod params;
mod regulated;
mod validate;

pub use dated::{AREA_GROUPS, BaseWage, Dated, DatedSupplement, Figure, Supplement};
pub use figures::*;
pub use listing::{
    Entry, entries, figures_without_cite, figures_without_source, figures_without_source_da,
};
pub use load::merged;
pub use merge::merge;
pub use params::{Deviation, Params};

use crate::case::Case;
use crate::error::{InputError, Source, from_serde};
use load::{TableRef, load_chain};
use validate::validate;

/// The tables shipped inside the binary, by the name `extends` uses.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("base", include_str!("../../rates/base.toml")),
    ("2022", include_str!("../../rates/2022.toml")),
    ("2023", include_str!("../../rates/2023.toml")),
    ("2024", include_str!("../../rates/2024.toml")),
    ("2025", include_str!("../../rates/2025.toml")),
    ("2026", include_str!("../../rates/2026.toml")),
];

/// The embedded years as build.rs wrote them: each merged with what it
/// extends, as JSON, read without parsing TOML again.
const EMBEDDED_JSON: &[(u16, &str)] = &[
    (
        2022,
        include_str!(concat!(env!("OUT_DIR"), "/rates-2022.json")),
    ),
    (
        2023,
        include_str!(concat!(env!("OUT_DIR"), "/rates-2023.json")),
    ),
    (
        2024,
        include_str!(concat!(env!("OUT_DIR"), "/rates-2024.json")),
    ),
    (
        2025,
        include_str!(concat!(env!("OUT_DIR"), "/rates-2025.json")),
    ),
    (
        2026,
        include_str!(concat!(env!("OUT_DIR"), "/rates-2026.json")),
    ),
];

/// The grant years with an embedded table.
#[must_use]
pub fn embedded_years() -> Vec<u16> {
    EMBEDDED
        .iter()
        .filter_map(|(name, _)| name.parse().ok())
        .collect()
}

/// A loaded table and where it came from, for the output's header. The
/// table is shared: a run over many cases and threads holds each table once.
#[derive(Debug, Clone)]
pub struct Rates {
    pub table: Arc<RateTable>,
    /// The table's service level before any case's overrides, made once.
    pub standard: Arc<Params>,
    /// `embedded 2025`, or the user file and the chain it extends.
    pub origin: String,
}

impl Rates {
    fn new(table: RateTable, origin: String) -> Result<Rates, InputError> {
        let standard = Params::of_table(&table).ok_or_else(|| {
            InputError::file(
                &origin,
                "the service level names no wage scale of the table",
            )
        })?;
        Ok(Rates {
            table: Arc::new(table),
            standard: Arc::new(standard),
            origin,
        })
    }

    /// A case is calculated on its own grant year's table.
    pub fn check_year(&self, case: &Case) -> Result<(), InputError> {
        if self.table.year != case.file.year {
            return Err(case
                .error("year", "the rate table is for another grant year")
                .found(format!(
                    "year = {} with a rate table for {} ({})",
                    case.file.year, self.table.year, self.origin
                ))
                .allowed(format!(
                    "year = {}, or a rate table for {}",
                    self.table.year, case.file.year
                )));
        }
        Ok(())
    }

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

    /// The embedded table for a grant year, loaded once per process.
    pub fn embedded(year: u16) -> Result<Rates, InputError> {
        static LOADED: Mutex<Vec<(u16, Rates)>> = Mutex::new(Vec::new());
        if let Some((_, rates)) = LOADED
            .lock()
            .ok()
            .and_then(|l| l.iter().find(|(y, _)| *y == year).cloned())
        {
            return Ok(rates);
        }
        let rates = Rates::load_embedded(year)?;
        if let Ok(mut loaded) = LOADED.lock() {
            loaded.push((year, rates.clone()));
        }
        Ok(rates)
    }

    /// An embedded year from its merged JSON form. The project's tests check
    /// that it is the table the TOML files give, and that it is valid.
    fn load_embedded(year: u16) -> Result<Rates, InputError> {
        let Some((_, json)) = EMBEDDED_JSON.iter().find(|(y, _)| *y == year) else {
            return Rates::from_embedded_toml(year);
        };
        let table: RateTable = serde_json::from_str(json)
            .map_err(|e| InputError::file(format!("embedded rate table {year}"), e.to_string()))?;
        Rates::new(table, format!("embedded {year}"))
    }

    /// An embedded year from its TOML files, merged and validated.
    pub fn from_embedded_toml(year: u16) -> Result<Rates, InputError> {
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

    /// This table as read through another path to the same file: the same
    /// figures, and the chain of its origin as that path gives it (a file a
    /// table extends is found relative to the table).
    #[must_use]
    pub fn reached_by(&self, path: &Path) -> Rates {
        let mut names: Vec<String> = Vec::new();
        let mut before: Option<(&str, PathBuf)> = None;
        for name in self.origin.split(" → ") {
            let now = match &before {
                None => path.to_path_buf(),
                Some(_) if name.starts_with("embedded ") => PathBuf::from(name),
                Some((prev, now)) => {
                    let base = Path::new(prev).parent().unwrap_or(Path::new(""));
                    let rel = Path::new(name)
                        .strip_prefix(base)
                        .unwrap_or(Path::new(name));
                    now.parent().unwrap_or(Path::new("")).join(rel)
                }
            };
            names.push(now.display().to_string());
            before = Some((name, now));
        }
        Rates {
            table: Arc::clone(&self.table),
            standard: Arc::clone(&self.standard),
            origin: names.join(" → "),
        }
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
        validate::check_dated_places(&table, src)?;
        let table: RateTable = serde_path_to_error::deserialize(toml::Value::Table(table))
            .map_err(|e| {
                let path = e.path().to_string();
                from_serde(src, &path, e.inner().message(), None)
            })?;
        validate(&table, src)?;
        Rates::new(table, origin)
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
    /// The case tables read so far, by their canonical path.
    canonical: HashMap<PathBuf, Rates>,
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
            return years.get(&year).ok_or_else(|| {
                let mut known: Vec<String> = years.keys().map(ToString::to_string).collect();
                known.sort();
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
            if !self.files.contains_key(&path) {
                // The same table reached through another folder (`../rates/…`)
                // is read once; its origin says the path this case gives.
                let canonical = std::fs::canonicalize(&path).ok();
                let rates = match canonical.as_ref().and_then(|c| self.canonical.get(c)) {
                    Some(first) => first.reached_by(&path),
                    None => {
                        let rates = Rates::for_case(case, None)?;
                        if let Some(c) = canonical {
                            self.canonical.insert(c, rates.clone());
                        }
                        rates
                    }
                };
                self.files.insert(path.clone(), rates);
            }
            return self
                .files
                .get(&path)
                .ok_or_else(|| case.error("rates", "no rate table"));
        }
        match self.years.entry(case.file.year) {
            Slot::Occupied(e) => Ok(e.into_mut()),
            Slot::Vacant(e) => Ok(e.insert(Rates::for_case(case, None)?)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn every_embedded_year_loads() {
        for year in embedded_years() {
            let r = Rates::embedded(year).unwrap_or_else(|e| panic!("{year}: {e}"));
            assert_eq!(r.table.year, year);
            // The JSON form build.rs writes is the table the TOML files give,
            // merged and validated as a user table would be.
            let toml = Rates::from_embedded_toml(year).unwrap_or_else(|e| panic!("{year}: {e}"));
            assert_eq!(
                serde_json::to_string(&*r.table).ok(),
                serde_json::to_string(&*toml.table).ok(),
                "{year}: the embedded JSON differs from the TOML"
            );
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
            // Danish output shows the Danish text beside every figure.
            let missing = figures_without_source_da(&table);
            assert!(
                missing.is_empty(),
                "rates/{name}.toml: figures without source_da: {missing:?}"
            );
            // The attachment cites every figure in plain words, both languages.
            let missing = figures_without_cite(&table);
            assert!(
                missing.is_empty(),
                "rates/{name}.toml: figures without cite or cite_da: {missing:?}"
            );
        }
    }

    /// Every dated value of a shipped table is a figure with its own source.
    #[test]
    fn every_shipped_dated_value_has_a_source() {
        let mut dated = 0;
        for (name, _) in EMBEDDED.iter().filter(|(n, _)| *n != "base") {
            let (table, _) = merged(name.parse().ok(), None).unwrap_or_else(|e| panic!("{e}"));
            for e in entries(&table)
                .iter()
                .filter(|e| e.value.starts_with("from = "))
            {
                dated += 1;
                assert!(
                    !e.source.is_empty() && e.source_da.is_some(),
                    "rates/{name}.toml: {e:?}"
                );
            }
        }
        // The base wage of each of the five area groups: 2022, 2023, 2024 and
        // 2026 three values (1 January, 1 April, 1 October), 2025 four (and
        // 1 November): 16 × 5.
        assert_eq!(dated, 80);
    }

    #[test]
    fn a_figure_without_source_is_found() {
        let table: toml::Table =
            toml::from_str("year = 2025\n[x]\nrate = 5\n[y]\nrate = 3\nsource = \"s\"\n").unwrap();
        assert_eq!(figures_without_source(&table), vec!["x.rate".to_string()]);
        // Each dated value needs its own source (and, shipped, its Danish text).
        let table: toml::Table = toml::from_str(
            "[f]\nvalues = [{ from = 2025-01-01, value = 1, source = \"a\", source_da = \"a\" }, { from = 2025-04-01, value = 2, source = \"b\" }]\n",
        )
        .unwrap();
        assert!(figures_without_source(&table).is_empty());
        assert_eq!(
            figures_without_source_da(&table),
            vec!["f.values[1].value".to_string()]
        );
        // A citation in one language only is missing in the other.
        let table: toml::Table =
            toml::from_str("[f]\nvalue = 1\nsource = \"s\"\ncite = \"KL (2022)\"\n").unwrap();
        assert_eq!(figures_without_cite(&table), vec!["f.value".to_string()]);
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
