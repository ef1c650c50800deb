//! A figure and its values (SPEC 4, 11): plain, or dated when it changes
//! during the grant year, written as `values = [{ from = 2025-01-01, value =
//! …, source = "…" }, …]`, each value with its own source and verified flag.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::case::bounds::MAX_AMOUNT;

fn default_true() -> bool {
    true
}

/// A TOML date (`2025-04-01`, no time of day) as a calendar date.
fn toml_date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let dt = toml::value::Datetime::deserialize(d)?;
    match (dt.date, dt.time, dt.offset) {
        (Some(date), None, None) => NaiveDate::from_ymd_opt(
            i32::from(date.year),
            u32::from(date.month),
            u32::from(date.day),
        )
        .ok_or_else(|| serde::de::Error::custom(format!("not a date: {dt}"))),
        _ => Err(serde::de::Error::custom(format!(
            "a date without a time of day is needed, e.g. 2025-04-01; found {dt}"
        ))),
    }
}

fn date_out<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&d.format("%Y-%m-%d").to_string())
}

/// One figure: its value, where it was published (or how it was derived),
/// and whether it is published for this very year.
/// Written either plain, `{ value, source, source_da, verified }`, or with
/// dated values, `{ values = [{ from, value, source, … }, …] }`; for a dated
/// figure `value`, `source` and `source_da` are those of its first value and
/// `verified` holds only if every value is verified.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(try_from = "RawFigure")]
pub struct Figure {
    pub value: Decimal,
    pub source: String,
    /// The source in Danish, for Danish output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_da: Option<String>,
    /// How the citizen's attachment cites the figure: publisher and date in
    /// plain words, in English and Danish (the source keeps the working notes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cite: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cite_da: Option<String>,
    pub verified: bool,
    /// A stand-in the municipality must replace with its own decision
    /// (the § 10 amount, an overhead percent): an open point before the
    /// attachment is sent.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub placeholder: bool,
    /// The dated values, in date order; empty for a plain figure.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<Dated>,
}

/// A band's working-time supplement: percent of the base wage or kroner per
/// hour, plain or with dated values like [`Figure`].
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(try_from = "RawSupplement")]
pub struct Supplement {
    pub pct: Option<Decimal>,
    pub kr: Option<Decimal>,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_da: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cite: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cite_da: Option<String>,
    pub verified: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<DatedSupplement>,
}

/// One value of a dated figure: it holds from `from` until the next value's date.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dated {
    #[serde(deserialize_with = "toml_date", serialize_with = "date_out")]
    pub from: NaiveDate,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub value: Decimal,
    pub source: String,
    pub source_da: Option<String>,
    #[serde(default)]
    pub cite: Option<String>,
    #[serde(default)]
    pub cite_da: Option<String>,
    #[serde(default = "default_true")]
    pub verified: bool,
}

/// One value of a dated working-time supplement: `pct` or `kr` from `from`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DatedSupplement {
    #[serde(deserialize_with = "toml_date", serialize_with = "date_out")]
    pub from: NaiveDate,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub pct: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub kr: Option<Decimal>,
    pub source: String,
    pub source_da: Option<String>,
    #[serde(default)]
    pub cite: Option<String>,
    #[serde(default)]
    pub cite_da: Option<String>,
    #[serde(default = "default_true")]
    pub verified: bool,
}

const DATED_ONLY: &str = "a figure with `values` has no `value`, `pct`, `kr`, `source`, `source_da`, `cite`, `cite_da` or `verified` of its own: each dated value carries them";

/// A figure as written: a plain `value` or dated `values`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFigure {
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    value: Option<Decimal>,
    source: Option<String>,
    source_da: Option<String>,
    cite: Option<String>,
    cite_da: Option<String>,
    verified: Option<bool>,
    placeholder: Option<bool>,
    values: Option<Vec<Dated>>,
}

impl TryFrom<RawFigure> for Figure {
    type Error = String;
    fn try_from(r: RawFigure) -> Result<Figure, String> {
        match r.values {
            Some(values) => {
                if r.value.is_some()
                    || r.source.is_some()
                    || r.source_da.is_some()
                    || r.cite.is_some()
                    || r.cite_da.is_some()
                    || r.verified.is_some()
                {
                    return Err(DATED_ONLY.into());
                }
                let Some(first) = values.first() else {
                    return Err("`values` is empty: give at least the value from 1 January".into());
                };
                Ok(Figure {
                    value: first.value,
                    source: first.source.clone(),
                    source_da: first.source_da.clone(),
                    cite: first.cite.clone(),
                    cite_da: first.cite_da.clone(),
                    verified: values.iter().all(|v| v.verified),
                    placeholder: r.placeholder.unwrap_or(false),
                    values,
                })
            }
            None => Ok(Figure {
                value: r.value.ok_or("missing field `value`")?,
                source: r.source.ok_or("missing field `source`")?,
                source_da: r.source_da,
                cite: r.cite,
                cite_da: r.cite_da,
                verified: r.verified.unwrap_or(true),
                placeholder: r.placeholder.unwrap_or(false),
                values: Vec::new(),
            }),
        }
    }
}

/// The areas of KL's pay tables (områdetillægsgrupper 0–4).
pub const AREA_GROUPS: usize = crate::case::bounds::MAX_AREA_GROUP as usize + 1;

/// BEK § 5 stk. 1: a wage scale's hourly base wage, one figure, or one per
/// områdetillægsgruppe (KL's pay tables: `group_0` … `group_4`), of which the
/// service level's `area_group` is used.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(try_from = "RawBaseWage", into = "RawBaseWage")]
pub enum BaseWage {
    One(Figure),
    ByAreaGroup(Box<[Option<Figure>; AREA_GROUPS]>),
}

impl BaseWage {
    /// The figure of an area group, and its path under the scale's
    /// `base_hourly`; one figure serves every group.
    #[must_use]
    pub fn of_group(&self, group: u8) -> Option<(&Figure, Option<u8>)> {
        match self {
            BaseWage::One(f) => Some((f, None)),
            BaseWage::ByAreaGroup(groups) => groups
                .get(usize::from(group))?
                .as_ref()
                .map(|f| (f, Some(group))),
        }
    }

    /// Every figure with the key it is written under (`""` for one figure).
    #[must_use]
    pub fn figures(&self) -> Vec<(String, &Figure)> {
        match self {
            BaseWage::One(f) => vec![(String::new(), f)],
            BaseWage::ByAreaGroup(groups) => groups
                .iter()
                .enumerate()
                .filter_map(|(g, f)| f.as_ref().map(|f| (format!(".group_{g}"), f)))
                .collect(),
        }
    }
}

/// A base wage as written: a figure's own keys, or a figure per area group.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBaseWage {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    value: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_da: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cite: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cite_da: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    verified: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    placeholder: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    values: Option<Vec<Dated>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    group_0: Option<Figure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    group_1: Option<Figure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    group_2: Option<Figure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    group_3: Option<Figure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    group_4: Option<Figure>,
}

impl TryFrom<RawBaseWage> for BaseWage {
    type Error = String;
    fn try_from(r: RawBaseWage) -> Result<BaseWage, String> {
        let groups = [r.group_0, r.group_1, r.group_2, r.group_3, r.group_4];
        let own = r.value.is_some()
            || r.values.is_some()
            || r.source.is_some()
            || r.source_da.is_some()
            || r.cite.is_some()
            || r.cite_da.is_some()
            || r.verified.is_some()
            || r.placeholder.is_some();
        match (groups.iter().any(Option::is_some), own) {
            (true, true) => Err("a base wage is one figure (`value` or `values`) or one per area group (`group_0` … `group_4`), not both".into()),
            (true, false) => Ok(BaseWage::ByAreaGroup(Box::new(groups))),
            (false, _) => Figure::try_from(RawFigure {
                value: r.value,
                source: r.source,
                source_da: r.source_da,
                cite: r.cite,
                cite_da: r.cite_da,
                verified: r.verified,
                placeholder: r.placeholder,
                values: r.values,
            })
            .map(BaseWage::One),
        }
    }
}

impl From<BaseWage> for RawBaseWage {
    fn from(b: BaseWage) -> RawBaseWage {
        let mut raw = RawBaseWage {
            value: None,
            source: None,
            source_da: None,
            cite: None,
            cite_da: None,
            verified: None,
            placeholder: None,
            values: None,
            group_0: None,
            group_1: None,
            group_2: None,
            group_3: None,
            group_4: None,
        };
        match b {
            BaseWage::One(f) => {
                if f.values.is_empty() {
                    raw.value = Some(f.value);
                    raw.source = Some(f.source);
                    raw.source_da = f.source_da;
                    raw.cite = f.cite;
                    raw.cite_da = f.cite_da;
                    raw.verified = Some(f.verified);
                } else {
                    raw.values = Some(f.values);
                }
                raw.placeholder = f.placeholder.then_some(true);
            }
            BaseWage::ByAreaGroup(groups) => {
                let [g0, g1, g2, g3, g4] = *groups;
                (
                    raw.group_0,
                    raw.group_1,
                    raw.group_2,
                    raw.group_3,
                    raw.group_4,
                ) = (g0, g1, g2, g3, g4);
            }
        }
        raw
    }
}

/// A supplement as written: `pct` or `kr`, or dated `values`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSupplement {
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pct: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    kr: Option<Decimal>,
    source: Option<String>,
    source_da: Option<String>,
    cite: Option<String>,
    cite_da: Option<String>,
    verified: Option<bool>,
    values: Option<Vec<DatedSupplement>>,
}

impl TryFrom<RawSupplement> for Supplement {
    type Error = String;
    fn try_from(r: RawSupplement) -> Result<Supplement, String> {
        match r.values {
            Some(values) => {
                if r.pct.is_some()
                    || r.kr.is_some()
                    || r.source.is_some()
                    || r.source_da.is_some()
                    || r.cite.is_some()
                    || r.cite_da.is_some()
                    || r.verified.is_some()
                {
                    return Err(DATED_ONLY.into());
                }
                let Some(first) = values.first() else {
                    return Err("`values` is empty: give at least the value from 1 January".into());
                };
                Ok(Supplement {
                    pct: first.pct,
                    kr: first.kr,
                    source: first.source.clone(),
                    source_da: first.source_da.clone(),
                    cite: first.cite.clone(),
                    cite_da: first.cite_da.clone(),
                    verified: values.iter().all(|v| v.verified),
                    values,
                })
            }
            None => Ok(Supplement {
                pct: r.pct,
                kr: r.kr,
                source: r.source.ok_or("missing field `source`")?,
                source_da: r.source_da,
                cite: r.cite,
                cite_da: r.cite_da,
                verified: r.verified.unwrap_or(true),
                values: Vec::new(),
            }),
        }
    }
}

impl Figure {
    /// The value in force on `date`.
    #[must_use]
    pub fn at(&self, date: NaiveDate) -> Decimal {
        self.values
            .iter()
            .rev()
            .find(|v| v.from <= date)
            .map_or(self.value, |v| v.value)
    }
}

impl Supplement {
    /// `pct` and `kr` in force on `date`.
    #[must_use]
    pub fn at(&self, date: NaiveDate) -> (Option<Decimal>, Option<Decimal>) {
        self.values
            .iter()
            .rev()
            .find(|v| v.from <= date)
            .map_or((self.pct, self.kr), |v| (v.pct, v.kr))
    }
}
