//! Administrative units: provinces, districts and communes, the period in which each existed, and
//! what became of it (the 1 July 2025 merger of provinces and abolition of the district tier).

use serde::{Deserialize, Serialize};
use time::Date;

use crate::model::letter_case::lowercase;

/// A level of Vietnamese local government.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// The country as a whole: the level of the national programmes and strategies that provinces follow.
    National,
    /// Cấp tỉnh: provinces and centrally-run cities.
    Province,
    /// Cấp huyện: districts, urban districts, towns and provincial cities (abolished 1 July 2025).
    District,
    /// Cấp xã: communes, wards and townships.
    Commune,
}

impl Level {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::National => "national",
            Self::Province => "province",
            Self::District => "district",
            Self::Commune => "commune",
        }
    }
}

/// The kind of unit within its level, as Vietnamese law names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum UnitKind {
    /// The country (Việt Nam), for national targets.
    Country,
    /// Tỉnh.
    Province,
    /// Thành phố trực thuộc Trung ương: a province-level city.
    CentrallyRunCity,
    /// Thành phố thuộc tỉnh: a district-level city.
    ProvincialCity,
    /// Thị xã.
    Town,
    /// Huyện.
    RuralDistrict,
    /// Quận.
    UrbanDistrict,
    /// Xã.
    Commune,
    /// Phường.
    Ward,
    /// Thị trấn.
    Township,
    /// Đặc khu (special zone, from 2025).
    SpecialZone,
}

impl UnitKind {
    /// Every kind, national first.
    pub const ALL: [Self; 11] = [
        Self::Country,
        Self::Province,
        Self::CentrallyRunCity,
        Self::ProvincialCity,
        Self::Town,
        Self::RuralDistrict,
        Self::UrbanDistrict,
        Self::Commune,
        Self::Ward,
        Self::Township,
        Self::SpecialZone,
    ];

    /// The word the official name starts with ("Tỉnh Long An", "Thành phố Huế", "Xã Hưng Điền"); empty for
    /// the country.
    ///
    /// ```
    /// use chitieu::UnitKind;
    /// assert_eq!(UnitKind::SpecialZone.official_prefix(), "Đặc khu");
    /// assert_eq!(UnitKind::CentrallyRunCity.official_prefix(), UnitKind::ProvincialCity.official_prefix());
    /// ```
    pub fn official_prefix(self) -> &'static str {
        match self {
            Self::Country => "",
            Self::Province => "Tỉnh",
            Self::CentrallyRunCity | Self::ProvincialCity => "Thành phố",
            Self::Town => "Thị xã",
            Self::RuralDistrict => "Huyện",
            Self::UrbanDistrict => "Quận",
            Self::Commune => "Xã",
            Self::Ward => "Phường",
            Self::Township => "Thị trấn",
            Self::SpecialZone => "Đặc khu",
        }
    }

    /// The kind of a unit at `level` whose official name starts with `prefix` (any case): "Thành phố" is a
    /// centrally-run city at province level and a provincial city at district level.
    pub fn from_official_prefix(prefix: &str, level: Level) -> Option<Self> {
        let lower = lowercase(prefix);
        Self::ALL
            .into_iter()
            .find(|k| k.level() == level && !k.official_prefix().is_empty() && lowercase(k.official_prefix()) == lower)
    }

    /// The level of government a unit of this kind belongs to.
    pub fn level(self) -> Level {
        match self {
            Self::Country => Level::National,
            Self::Province | Self::CentrallyRunCity => Level::Province,
            Self::ProvincialCity | Self::Town | Self::RuralDistrict | Self::UrbanDistrict => Level::District,
            Self::Commune | Self::Ward | Self::Township | Self::SpecialZone => Level::Commune,
        }
    }
}

/// How a unit stopped existing in its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SuccessionKind {
    /// Merged with others into a new or continuing unit.
    Merged,
    /// Its tier was abolished; its area passed to units of other levels.
    TierAbolished,
    /// Split into several units.
    Split,
    /// Renamed or regraded without change of area.
    Renamed,
}

/// What a unit became when it ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Succession {
    /// The first day of the new arrangement (the old unit existed until the day before).
    #[schemars(with = "String", extend("format" = "date"))]
    #[serde(with = "crate::model::date::iso")]
    pub on: Date,
    /// What happened.
    pub kind: SuccessionKind,
    /// Ids of the units that took over its area (one for a merger).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub into: Vec<String>,
    /// Names of those units, for display when the ids are not in a registry at hand.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub into_names: Vec<String>,
    /// The legal act ("Nghị quyết 202/2025/QH15").
    pub basis: String,
}

/// An administrative unit at one level, in the period it existed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdministrativeUnit {
    /// Stable id (`tien_giang`, `tay_ninh_city`); a unit re-formed under an old name gets a new id.
    pub id: String,
    /// Vietnamese name as written ("Tiền Giang", "thành phố Tây Ninh").
    pub name: String,
    /// Kind of unit.
    pub kind: UnitKind,
    /// Level; must agree with the kind.
    pub level: Level,
    /// The official code (province 2 digits, district 3, commune 5), where the unit has one. Codes are
    /// reused (80 was Long An until 30 June 2025 and is Tây Ninh from 1 July 2025): the code names a unit
    /// of the register (`chitieu::bundled::register`) together with a day the unit existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Id of the unit it belongs to (a district's province), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// First day it existed in this form, where known.
    #[serde(default, with = "crate::model::date::iso_option", skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub existed_from: Option<Date>,
    /// What it became, for a unit that no longer exists in this form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub succeeded_by: Option<Succession>,
}

impl AdministrativeUnit {
    /// The last day the unit existed in this form, if it has ended.
    pub fn existed_until(&self) -> Option<Date> {
        self.succeeded_by.as_ref().and_then(|s| s.on.previous_day())
    }

    /// Whether the unit existed in this form on `date`.
    pub fn existed_on(&self, date: Date) -> bool {
        self.existed_from.is_none_or(|from| from <= date) && self.succeeded_by.as_ref().is_none_or(|s| date < s.on)
    }
}
