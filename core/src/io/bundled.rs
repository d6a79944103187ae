//! The five seed plans, embedded in the library: no file access is needed, so they work in a browser.
//!
//! ```
//! assert!(chitieu::bundled::plan_ids().contains(&"can_tho"));
//! let plan = chitieu::bundled::plan("can_tho").unwrap();
//! assert_eq!(plan.jurisdiction.name, "Cần Thơ");
//! ```

use crate::error::ChitieuError;
use crate::io::{plan_from_json, units_from_json};
use crate::model::administrative_unit::AdministrativeUnit;
use crate::model::catalogue::Catalogue;
use crate::model::observation::ObservationSet;
use crate::model::plan::Plan;
use crate::model::register::Register;

const PLANS: [(&str, &str); 5] = [
    ("tra_vinh", include_str!("../../data/plans/tra_vinh.json")),
    ("can_tho", include_str!("../../data/plans/can_tho.json")),
    ("tay_ninh_city", include_str!("../../data/plans/tay_ninh_city.json")),
    ("tien_giang", include_str!("../../data/plans/tien_giang.json")),
    ("binh_dinh_2024", include_str!("../../data/plans/binh_dinh_2024.json")),
];

/// The national documents, bundled as plans of the `national` unit Việt Nam (`core/data/national/`).
const NATIONAL_PLANS: [(&str, &str); 1] = [("nq57_2024", include_str!("../../data/national/nq57_2024.json"))];

const CATALOGUE: &str = include_str!("../../data/catalogue.json");

const UNITS: &str = include_str!("../../data/units.json");
const OBSERVATIONS: &str = include_str!("../../data/observations.json");
const REGISTER_UNITS: &str = include_str!("../../data/register/units.tsv");
const REGISTER_TRANSFERS: &str = include_str!("../../data/register/successions.tsv");

/// The plan a caller gets when it names none: Trà Vinh's, which has tiers, a budget with lines and
/// subtotals, and a reporting calendar.
pub const DEFAULT_PLAN: &str = "tra_vinh";

/// Why a bundled plan could not be had.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum BundledError {
    /// No bundled plan has this id.
    #[error("no bundled plan {id:?}; expected one of {}, {}", plan_ids().join(", "), national_plan_ids().join(", "))]
    UnknownPlan {
        /// The id asked for.
        id: String,
    },
    /// No unit of the bundled register has this id.
    #[error("no unit {id:?} in the bundled register")]
    UnknownUnit {
        /// The id asked for.
        id: String,
    },
    /// The embedded data failed to load (a build defect; the test suite guards against it).
    #[error("bundled plan {id:?} failed to load: {source}")]
    Corrupt {
        /// The plan id.
        id: String,
        /// The load error.
        source: crate::error::LoadError,
    },
}

impl ChitieuError for BundledError {
    fn path(&self) -> Option<String> {
        match self {
            Self::UnknownPlan { .. } | Self::UnknownUnit { .. } => Some("id".to_owned()),
            Self::Corrupt { .. } => None,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            Self::UnknownPlan { .. } => "unknown_plan",
            Self::UnknownUnit { .. } => "unknown_unit",
            Self::Corrupt { .. } => "corrupt_bundled_plan",
        }
    }
}

/// Ids of the bundled plans, default first.
pub fn plan_ids() -> Vec<&'static str> {
    PLANS.iter().map(|(id, _)| *id).collect()
}

/// Ids of the bundled national documents (plans of the `national` unit): Nghị quyết 57-NQ/TW (2024).
/// [`plan`] loads them like the provincial plans; [`plan_ids`] lists only the provincial ones.
///
/// ```
/// let nation = chitieu::bundled::plan(chitieu::bundled::national_plan_ids()[0]).unwrap();
/// assert_eq!(nation.jurisdiction.level, chitieu::Level::National);
/// assert_eq!(nation.document.number.as_deref(), Some("57-NQ/TW"));
/// ```
pub fn national_plan_ids() -> Vec<&'static str> {
    NATIONAL_PLANS.iter().map(|(id, _)| *id).collect()
}

/// The canonical JSON text of a bundled plan, provincial or national.
pub fn plan_json(id: &str) -> Result<&'static str, BundledError> {
    PLANS
        .iter()
        .chain(NATIONAL_PLANS.iter())
        .find(|(i, _)| *i == id)
        .map(|(_, json)| *json)
        .ok_or_else(|| BundledError::UnknownPlan { id: id.to_owned() })
}

/// Loads a bundled plan by id.
pub fn plan(id: &str) -> Result<Plan, BundledError> {
    let json = plan_json(id)?;
    plan_from_json(json)
        .map(|loaded| loaded.value)
        .map_err(|source| BundledError::Corrupt { id: id.to_owned(), source })
}

/// The bundled register of administrative units: the seed plans' units, the provinces they were merged
/// with, and the provinces formed on 1 July 2025, each with what became of it.
pub fn units() -> Result<Vec<AdministrativeUnit>, BundledError> {
    units_from_json(UNITS).map(|l| l.value).map_err(|source| BundledError::Corrupt { id: "units".to_owned(), source })
}

/// One unit of the bundled register by id.
pub fn unit(id: &str) -> Result<AdministrativeUnit, BundledError> {
    units()?.into_iter().find(|u| u.id == id).ok_or_else(|| BundledError::UnknownUnit { id: id.to_owned() })
}

/// The register of administrative units with their official codes: the 63 provinces until 30 June 2025
/// and the 34 from 1 July 2025, the districts and communes until then, the 3,321 communes since, and which
/// old unit went to which new one, whole or in part, by which act (`core/data/register/README.md` says
/// where each part comes from and how far it was checked). Read once, on first use.
///
/// ```
/// let register = chitieu::bundled::register().unwrap();
/// let july = time::macros::date!(2025 - 07 - 01);
/// assert_eq!(register.units.iter().filter(|u| u.code.len() == 2 && u.is_valid_on(july)).count(), 34);
/// ```
pub fn register() -> Result<&'static Register, BundledError> {
    static REGISTER: std::sync::OnceLock<Result<Register, BundledError>> = std::sync::OnceLock::new();
    let loaded = REGISTER.get_or_init(|| {
        crate::io::register::register_from_tsv(REGISTER_UNITS, REGISTER_TRANSFERS)
            .map(|l| l.value)
            .map_err(|source| BundledError::Corrupt { id: "register".to_owned(), source })
    });
    loaded.as_ref().map_err(Clone::clone)
}

/// A small set of observations for the scorecard example: published figures with their source (digital
/// economy share of GRDP in 2022, DTI ranks), and illustrative values, without a source, for the default
/// plan.
pub fn observations() -> Result<ObservationSet, BundledError> {
    ObservationSet::from_json(OBSERVATIONS, None)
        .map(|l| l.value)
        .map_err(|source| BundledError::Corrupt { id: "observations".to_owned(), source })
}

/// The catalogue of indicators: every indicator of the bundled plans and national documents, with its
/// names, unit, polarity, kind, pillar, DTI main index and the documents that set a target for it.
///
/// ```
/// let catalogue = chitieu::bundled::catalogue().unwrap();
/// let files = catalogue.indicator("work_files_online").unwrap();
/// assert_eq!(files.documents.len(), 5);
/// ```
pub fn catalogue() -> Result<Catalogue, BundledError> {
    crate::io::catalogue::catalogue_from_json(CATALOGUE)
        .map(|l| l.value)
        .map_err(|source| BundledError::Corrupt { id: "catalogue".to_owned(), source })
}

/// Loads every bundled national document.
pub fn national_plans() -> Result<Vec<Plan>, BundledError> {
    NATIONAL_PLANS.iter().map(|(id, _)| plan(id)).collect()
}

/// Loads every bundled provincial plan, default first.
pub fn plans() -> Result<Vec<Plan>, BundledError> {
    PLANS.iter().map(|(id, _)| plan(id)).collect()
}
