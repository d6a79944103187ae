//! Units of measure and polarity: what an indicator's numbers mean and which way is better.

use serde::{Deserialize, Serialize};

/// The unit an indicator is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MeasureUnit {
    /// A share in percent, 0..100 ("90% hồ sơ công việc").
    Percent,
    /// A share of gross regional domestic product, in percent, 0..100 ("chiếm 20% GRDP").
    PercentOfGrdp,
    /// A share of a plan, a quota or a budget estimate reached, in percent: 100 is the plan met, above 100 it is
    /// exceeded ("thu ngân sách đạt 112% dự toán", "hoàn thành 100% chỉ tiêu tuyển quân", "đạt 104% KH").
    PercentOfPlan,
    /// A growth rate in percent a year ("tăng bình quân trên 11,5%/năm"); may be negative.
    PercentPerYear,
    /// A relative increase against a baseline, in percent ("tăng 30% dịch vụ"); 30 means +30%.
    PercentIncrease,
    /// A relative reduction against a baseline, in percent ("giảm 30% thủ tục"); 30 means -30%.
    PercentReduction,
    /// A position in a ranking, 1 is first ("nhóm 10 tỉnh dẫn đầu").
    Rank,
    /// A count of things (systems, platforms, people).
    Count,
    /// A ratio per 1,000 people.
    PerThousandPeople,
    /// Vietnamese đồng.
    Dong,
    /// An index score (the DTI is scored 0..1).
    Index,
    /// US dollars ("GRDP bình quân đầu người đạt 8.500 USD", "kim ngạch xuất khẩu 5 tỷ USD").
    Usd,
    /// Hectares of land ("diện tích cây chè 10.000 ha").
    Hectare,
    /// Tonnes ("sản lượng lương thực có hạt trên 226.000 tấn").
    Tonne,
    /// Kilometres of length: roads, canals, fibre ("cứng hóa 555 km đường giao thông nông thôn", "cây số").
    Kilometre,
    /// Cubic metres of volume: timber, water ("sản lượng gỗ khai thác trên 500 ngàn m3", "m³", "mét khối").
    CubicMetre,
    /// Cubic metres a day: a plant's capacity to supply or treat water ("nhà máy nước công suất 300.000 m3/ngày
    /// đêm", "xử lý nước thải 10.000 m³/ngày").
    CubicMetrePerDay,
    /// Litres ("nước mắm 10 triệu lít").
    Litre,
    /// Square metres: floor area built or to build ("phát triển mới khoảng 7.347.630 m2 sàn nhà ở").
    SquareMetre,
    /// Square metres a person: housing's floor area or green space a head ("diện tích nhà ở bình quân đạt 30,7
    /// m2/người", "diện tích cây xanh bình quân trên 10 m²/người").
    SquareMetrePerPerson,
    /// Megawatts of generating capacity ("tổng công suất các nguồn điện đạt khoảng 2.415 MW"; "1,2 GW" is 1,200).
    Megawatt,
    /// Kilowatt-hours of electricity produced or used ("sản lượng điện đạt khoảng 5,9 tỷ kWh"; "1 triệu kWh" is
    /// 1,000,000; "GWh" and "MWh" scale to it).
    KilowattHour,
    /// A span of years: life expectancy, healthy life years ("tuổi thọ trung bình 75 tuổi").
    Years,
    /// A speed of access in megabits a second ("tốc độ truy cập đạt tối thiểu 150 Mbps", "từ 1 Gbps trở lên":
    /// 1,000).
    Mbps,
    /// A span of days: an average stay per visitor ("thời gian lưu trú trung bình ... đạt 3,2 ngày/khách").
    Days,
    /// A crop's yield in quintals (100 kg) a hectare ("năng suất lúa đạt 60 tạ/ha"; "2,5 tấn/ha" is 25).
    QuintalPerHectare,
    /// Children a woman would bear over her life: the total fertility rate ("tổng tỷ suất sinh đạt 2,1
    /// con/phụ nữ").
    ChildrenPerWoman,
    /// Boys born for every 100 girls born: the sex ratio at birth ("tỷ số giới tính khi sinh dưới 109 bé trai/100
    /// bé gái sinh ra sống"). Nature's level is about 105; the national strategy wants it back down toward it.
    BoysPerHundredGirls,
}

/// What kind of quantity an indicator measures, which decides the method that judges its progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    /// A level or a share that compounds (a percentage, a share of GRDP, a count, a ratio per thousand,
    /// money, an index score): judged by the growth-rate ratio.
    LevelOrShare,
    /// A rate each year ("tăng trên 11,5%/năm"): each year's rate against the target rate.
    YearlyRate,
    /// A change from an unstated baseline, accumulated since the start of the period ("giảm 30% thủ tục"):
    /// a distance along a straight path from 0.
    CumulativeChange,
    /// A position in a ranking among a field of units (lower is better): ordinal, never a growth rate.
    Rank,
}

impl IndicatorKind {
    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::LevelOrShare => "level_or_share",
            Self::YearlyRate => "yearly_rate",
            Self::CumulativeChange => "cumulative_change",
            Self::Rank => "rank",
        }
    }

    /// Stable number for the bulk API's kind column: 0 level or share, 1 yearly rate, 2 cumulative change,
    /// 3 rank.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The kind of a stable number of [`IndicatorKind::number`].
    pub fn from_number(number: u8) -> Option<Self> {
        Some(match number {
            0 => Self::LevelOrShare,
            1 => Self::YearlyRate,
            2 => Self::CumulativeChange,
            3 => Self::Rank,
            _ => return None,
        })
    }
}

impl MeasureUnit {
    /// The kind of quantity a value in this unit is. Every unit says its kind (the match is exhaustive):
    /// a new unit must choose one.
    ///
    /// ```
    /// use chitieu::model::measure_unit::{IndicatorKind, MeasureUnit};
    /// assert_eq!(MeasureUnit::PercentPerYear.kind(), IndicatorKind::YearlyRate);
    /// assert_eq!(MeasureUnit::PercentReduction.kind(), IndicatorKind::CumulativeChange);
    /// assert_eq!(MeasureUnit::Rank.kind(), IndicatorKind::Rank);
    /// assert_eq!(MeasureUnit::PercentOfGrdp.kind(), IndicatorKind::LevelOrShare);
    /// ```
    pub fn kind(self) -> IndicatorKind {
        match self {
            Self::Percent
            | Self::PercentOfGrdp
            | Self::PercentOfPlan
            | Self::Count
            | Self::PerThousandPeople
            | Self::Dong
            | Self::Index
            | Self::Usd
            | Self::Hectare
            | Self::Tonne
            | Self::Kilometre
            | Self::CubicMetre
            | Self::CubicMetrePerDay
            | Self::Litre
            | Self::SquareMetre
            | Self::SquareMetrePerPerson
            | Self::Megawatt
            | Self::KilowattHour
            | Self::Years
            | Self::Mbps
            | Self::Days
            | Self::QuintalPerHectare
            | Self::ChildrenPerWoman
            | Self::BoysPerHundredGirls => IndicatorKind::LevelOrShare,
            Self::PercentPerYear => IndicatorKind::YearlyRate,
            Self::PercentIncrease | Self::PercentReduction => IndicatorKind::CumulativeChange,
            Self::Rank => IndicatorKind::Rank,
        }
    }

    /// Whether values are shares bounded by 0..100.
    pub fn is_share(self) -> bool {
        matches!(self, Self::Percent | Self::PercentOfGrdp)
    }

    /// The bounds a value in this unit must respect, if any (inclusive).
    pub fn bounds(self) -> (Option<f64>, Option<f64>) {
        match self {
            Self::Percent | Self::PercentOfGrdp => (Some(0.0), Some(100.0)),
            Self::PercentReduction => (Some(0.0), Some(100.0)),
            Self::Rank => (Some(1.0), None),
            Self::Count
            | Self::PercentOfPlan
            | Self::PerThousandPeople
            | Self::Dong
            | Self::PercentIncrease
            | Self::Usd
            | Self::Hectare
            | Self::Tonne
            | Self::Kilometre
            | Self::CubicMetre
            | Self::CubicMetrePerDay
            | Self::Litre
            | Self::SquareMetre
            | Self::SquareMetrePerPerson
            | Self::Megawatt
            | Self::KilowattHour
            | Self::Years
            | Self::Mbps
            | Self::Days
            | Self::QuintalPerHectare
            | Self::ChildrenPerWoman
            | Self::BoysPerHundredGirls => (Some(0.0), None),
            Self::PercentPerYear | Self::Index => (None, None),
        }
    }

    /// The snake_case name used in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Percent => "percent",
            Self::PercentOfGrdp => "percent_of_grdp",
            Self::PercentOfPlan => "percent_of_plan",
            Self::PercentPerYear => "percent_per_year",
            Self::PercentIncrease => "percent_increase",
            Self::PercentReduction => "percent_reduction",
            Self::Rank => "rank",
            Self::Count => "count",
            Self::PerThousandPeople => "per_thousand_people",
            Self::Dong => "dong",
            Self::Index => "index",
            Self::Usd => "usd",
            Self::Hectare => "hectare",
            Self::Tonne => "tonne",
            Self::Kilometre => "kilometre",
            Self::CubicMetre => "cubic_metre",
            Self::CubicMetrePerDay => "cubic_metre_per_day",
            Self::Litre => "litre",
            Self::SquareMetre => "square_metre",
            Self::SquareMetrePerPerson => "square_metre_per_person",
            Self::Megawatt => "megawatt",
            Self::KilowattHour => "kilowatt_hour",
            Self::Years => "years",
            Self::Mbps => "mbps",
            Self::Days => "days",
            Self::QuintalPerHectare => "quintal_per_hectare",
            Self::ChildrenPerWoman => "children_per_woman",
            Self::BoysPerHundredGirls => "boys_per_hundred_girls",
        }
    }

    /// A short symbol for tables ("%", "% GRDP", "%/năm").
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Percent => "%",
            Self::PercentOfGrdp => "% GRDP",
            Self::PercentOfPlan => "% of plan",
            Self::PercentPerYear => "%/year",
            Self::PercentIncrease => "% increase",
            Self::PercentReduction => "% reduction",
            Self::Rank => "rank",
            Self::Count => "",
            Self::PerThousandPeople => "per 1,000",
            Self::Dong => "đồng",
            Self::Index => "",
            Self::Usd => "USD",
            Self::Hectare => "ha",
            Self::Tonne => "t",
            Self::Kilometre => "km",
            Self::CubicMetre => "m³",
            Self::CubicMetrePerDay => "m³/day",
            Self::Litre => "L",
            Self::SquareMetre => "m²",
            Self::SquareMetrePerPerson => "m²/person",
            Self::Megawatt => "MW",
            Self::KilowattHour => "kWh",
            Self::Years => "years",
            Self::Mbps => "Mbps",
            Self::Days => "days",
            Self::QuintalPerHectare => "quintals/ha",
            Self::ChildrenPerWoman => "children/woman",
            Self::BoysPerHundredGirls => "boys/100 girls",
        }
    }
}

/// Which direction of change is an improvement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// More is better (coverage, adoption, satisfaction).
    HigherIsBetter,
    /// Less is better (a rank, a processing time, a poverty rate).
    LowerIsBetter,
}

impl Polarity {
    /// The polarity of a stable number (`1` higher is better, `-1` lower is better), for the bulk API.
    pub fn from_number(number: i8) -> Option<Self> {
        match number {
            1 => Some(Self::HigherIsBetter),
            -1 => Some(Self::LowerIsBetter),
            _ => None,
        }
    }

    /// The stable number of [`Polarity::from_number`]: `1` higher is better, `-1` lower is better.
    pub fn number(self) -> i8 {
        match self {
            Self::HigherIsBetter => 1,
            Self::LowerIsBetter => -1,
        }
    }

    /// `+1` when higher is better, `-1` when lower is better (the `d` of the methods).
    pub fn sign(self) -> f64 {
        match self {
            Self::HigherIsBetter => 1.0,
            Self::LowerIsBetter => -1.0,
        }
    }
}
