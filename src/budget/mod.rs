//! The budget of one case (SPEC 12): every section the calculation yields,
//! ready for the runs over many cases and for the renderers.

pub mod decision;
pub mod open;

use serde::Serialize;

use crate::calc;
use crate::calc::band_cost::BandCost;
use crate::calc::checks::{Note, Warning};
use crate::calc::contributions::Contributions;
use crate::calc::employer_tasks::EmployerTasks;
use crate::calc::hours::Hours;
use crate::calc::period::Period;
use crate::calc::reduction::Level;
use crate::calc::special::SpecialCosts;
use crate::calc::totals::{AfterInvoice, Cap, OtherCosts, RespiratorSplit, Totals};
use crate::calc::wages::Wages;
use crate::case::{Employer, Payroll, Scheme};
use crate::rates::Deviation;

/// The whole budget for one case: every section of SPEC 12.
#[derive(Debug, Clone, Serialize)]
pub struct Budget {
    pub id: String,
    pub year: u16,
    pub scheme: Scheme,
    pub employer: Employer,
    /// Who runs the payroll for a citizen or relative employer (SEL § 95
    /// stk. 5, § 96 stk. 4); none for an association or company.
    pub payroll: Option<Payroll>,
    pub rates_origin: String,
    /// The grant period (SPEC 3.8): the whole year unless `[period]` says otherwise.
    pub period: Period,
    pub wage_scale: String,
    /// The wage scale's name in both languages, for output.
    pub wage_scale_name: calc::Text,
    /// The områdetillægsgruppe whose base wage the scale uses, when it has
    /// one per group (KL's pay tables).
    pub area_group: Option<u8>,
    pub deviations: Vec<Deviation>,
    pub hours: Hours,
    pub wages: Wages,
    pub contributions: Contributions,
    pub employer_tasks: EmployerTasks,
    /// Special costs of substitute cover and supervision, VAT (VEJ pkt. 59, 68, 73).
    pub special_costs: SpecialCosts,
    pub other_costs: OtherCosts,
    pub totals: Totals,
    pub cap: Cap,
    pub respirator: Option<RespiratorSplit>,
    pub after_invoice: Vec<AfterInvoice>,
    /// About the case (SPEC 9).
    pub warnings: Vec<Warning>,
    /// About the rate table (SPEC 9): never fail `--strict`.
    pub notes: Vec<Note>,
    /// SEL § 3 a: a reduction under notice, the previous level up to the date.
    pub transition: Option<calc::transition::Transition>,
    /// The cost of one hour by band, for the yearly account (SPEC 10a); empty
    /// for a budget of figures alone (`calculate_figures`).
    pub band_costs: Vec<BandCost>,
    /// The figures SEL § 3 a compares, as a year (SPEC 8): this budget's
    /// own for a whole year, else the same case's for its whole year.
    #[serde(skip)]
    pub year_level: Level,
}

impl Budget {
    /// The municipality pays the helpers' wages on the employer's behalf
    /// (SEL § 95 stk. 5, § 96 stk. 4; VEJ pkt. 49).
    #[must_use]
    pub fn municipal_payroll(&self) -> bool {
        !self.employer.is_organisation() && self.payroll == Some(Payroll::Municipality)
    }

    /// The figures SEL § 3 a compares, as a year (SPEC 8).
    #[must_use]
    pub fn level(&self) -> Level {
        self.year_level
    }
}
