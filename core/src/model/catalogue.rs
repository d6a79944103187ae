//! The catalogue of indicators: one entry per indicator id that any bundled plan or national document
//! uses, with its names, unit, polarity, kind, pillar, the DTI main index it feeds and the documents that
//! set a target for it. Plans refer to its ids; users extend it with their own file.

use serde::{Deserialize, Serialize};

use crate::model::indicator::Pillar;
use crate::model::measure_unit::{IndicatorKind, MeasureUnit, Polarity};

/// The main index of the provincial Digital Transformation Index (DTI, Quyết định 922/QĐ-BTTTT of 2022)
/// that an indicator feeds, or the index as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DtiComponent {
    /// The DTI itself (its score or rank).
    Overall,
    /// Chuyển đổi nhận thức: digital awareness.
    DigitalAwareness,
    /// Kiến tạo thể chế: institutions.
    Institutions,
    /// Phát triển hạ tầng và nền tảng số: infrastructure and digital platforms.
    Infrastructure,
    /// Phát triển nhân lực số: digital human resources.
    HumanResources,
    /// An toàn thông tin mạng: cyber security.
    CyberSecurity,
    /// Hoạt động chính quyền số: digital-government activity.
    DigitalGovernment,
    /// Hoạt động kinh tế số: digital-economy activity.
    DigitalEconomy,
    /// Hoạt động xã hội số: digital-society activity.
    DigitalSociety,
}

impl DtiComponent {
    /// The stable snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Overall => "overall",
            Self::DigitalAwareness => "digital_awareness",
            Self::Institutions => "institutions",
            Self::Infrastructure => "infrastructure",
            Self::HumanResources => "human_resources",
            Self::CyberSecurity => "cyber_security",
            Self::DigitalGovernment => "digital_government",
            Self::DigitalEconomy => "digital_economy",
            Self::DigitalSociety => "digital_society",
        }
    }
}

/// One indicator of the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CatalogueIndicator {
    /// Stable id, the one plans use (`work_files_online`).
    pub id: String,
    /// Vietnamese name, as one of the documents words it.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// Unit of measure.
    pub unit: MeasureUnit,
    /// Which way is better.
    pub polarity: Polarity,
    /// The kind of indicator, which chooses the method that judges progress (`calc::method`); must agree
    /// with the unit.
    pub kind: IndicatorKind,
    /// Id of a pillar of the catalogue.
    pub pillar: String,
    /// The DTI main index it feeds, where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dti_component: Option<DtiComponent>,
    /// Ids of the documents (plans) that set a target for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<String>,
    /// How the indicator is read, where it needs saying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The catalogue: pillars and indicators.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Version of this format; currently 1.
    pub format_version: u32,
    /// The pillars indicators belong to.
    pub pillars: Vec<Pillar>,
    /// The indicators, ordered by id.
    pub indicators: Vec<CatalogueIndicator>,
}

/// A field on which a user's catalogue entry differs from the one it replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConflictField {
    /// The Vietnamese name.
    NameVi,
    /// The English name.
    NameEn,
    /// The unit of measure (and so the kind).
    Unit,
    /// The polarity.
    Polarity,
    /// The pillar.
    Pillar,
    /// The DTI main index.
    DtiComponent,
}

/// An id defined by both catalogues with a different value for one field: the extension's value is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CatalogueConflict {
    /// `indicators` or `pillars`.
    pub list: String,
    /// The id defined twice.
    pub id: String,
    /// The field that differs.
    pub field: ConflictField,
    /// The value in the catalogue extended (replaced).
    pub replaced: String,
    /// The value in the extension (kept).
    pub kept: String,
}

impl Catalogue {
    /// The indicator with this id.
    pub fn indicator(&self, id: &str) -> Option<&CatalogueIndicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The pillar with this id.
    pub fn pillar(&self, id: &str) -> Option<&Pillar> {
        self.pillars.iter().find(|p| p.id == id)
    }

    /// Merges `other` over this catalogue: new pillars and indicators are added, an id both define takes
    /// `other`'s entry (its documents joined to this one's), and every field on which the two differ is
    /// reported. Indicators stay ordered by id.
    pub fn extend(&mut self, other: Catalogue) -> Vec<CatalogueConflict> {
        let mut conflicts = Vec::new();
        for p in other.pillars {
            match self.pillars.iter_mut().find(|q| q.id == p.id) {
                Some(q) => {
                    for (field, old, new) in [
                        (ConflictField::NameVi, &q.name_vi, &p.name_vi),
                        (ConflictField::NameEn, &q.name_en, &p.name_en),
                    ] {
                        if old != new {
                            conflicts.push(conflict("pillars", &p.id, field, old.clone(), new.clone()));
                        }
                    }
                    *q = p;
                }
                None => self.pillars.push(p),
            }
        }
        for mut ind in other.indicators {
            match self.indicators.iter_mut().find(|i| i.id == ind.id) {
                Some(old) => {
                    conflicts.extend(indicator_conflicts(old, &ind));
                    for d in &old.documents {
                        if !ind.documents.contains(d) {
                            ind.documents.push(d.clone());
                        }
                    }
                    crate::model::sort::by(&mut ind.documents, Ord::cmp);
                    *old = ind;
                }
                None => self.indicators.push(ind),
            }
        }
        crate::model::sort::by(&mut self.indicators, |a, b| a.id.cmp(&b.id));
        conflicts
    }
}

fn conflict(list: &str, id: &str, field: ConflictField, replaced: String, kept: String) -> CatalogueConflict {
    CatalogueConflict { list: list.to_owned(), id: id.to_owned(), field, replaced, kept }
}

fn indicator_conflicts(old: &CatalogueIndicator, new: &CatalogueIndicator) -> Vec<CatalogueConflict> {
    let dti = |d: Option<DtiComponent>| d.map_or(String::new(), |d| d.as_str().to_owned());
    let polarity = |p: Polarity| if p == Polarity::HigherIsBetter { "higher_is_better" } else { "lower_is_better" };
    let pairs = [
        (ConflictField::NameVi, old.name_vi.clone(), new.name_vi.clone()),
        (ConflictField::NameEn, old.name_en.clone(), new.name_en.clone()),
        (ConflictField::Unit, old.unit.as_str().to_owned(), new.unit.as_str().to_owned()),
        (ConflictField::Polarity, polarity(old.polarity).to_owned(), polarity(new.polarity).to_owned()),
        (ConflictField::Pillar, old.pillar.clone(), new.pillar.clone()),
        (ConflictField::DtiComponent, dti(old.dti_component), dti(new.dti_component)),
    ];
    pairs
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(field, a, b)| conflict("indicators", &new.id, field, a, b))
        .collect()
}
