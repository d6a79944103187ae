//! A deterministic national-scale workload for benchmarks: 34 provinces and 3,321 communes (the
//! country after 1 July 2025), 60 indicators, values for 2020..2030. The same seed gives the same
//! numbers on every machine and in every language binding, so their throughput can be compared.

use crate::calc::bulk::SeriesTable;

/// Provinces after the 2025 merger.
pub const PROVINCES: usize = 34;
/// Communes after the 2025 reorganisation.
pub const COMMUNES: usize = 3_321;
/// Indicators per unit.
pub const INDICATORS: usize = 60;
/// First and last year.
pub const YEARS: (i32, i32) = (2020, 2030);

/// The workload's columns (see [`SeriesTable`]): one series per (unit, indicator), communes first then
/// provinces, and for the communes the numerators and denominators of their ratios.
#[derive(Debug, Clone, PartialEq)]
pub struct NationalWorkload {
    /// Baseline time of each series (2020).
    pub baseline_t: Vec<f64>,
    /// Baseline value of each series.
    pub baseline: Vec<f64>,
    /// Target year of each series (2025 or 2030).
    pub target_t: Vec<f64>,
    /// Target value of each series.
    pub target: Vec<f64>,
    /// Comparator code of each series.
    pub comparator: Vec<u8>,
    /// Polarity of each series.
    pub polarity: Vec<i8>,
    /// The years 2020..2030.
    pub times: Vec<f64>,
    /// Values, series × years; about 5% missing (`NaN`).
    pub values: Vec<f64>,
    /// Numerators of the communes' series, commune series × years.
    pub numerators: Vec<f64>,
    /// Denominators of the communes' series, commune series × years.
    pub denominators: Vec<f64>,
    /// Group of each commune series: `province * INDICATORS + indicator`.
    pub group: Vec<u32>,
}

/// A small, fast, deterministic generator (SplitMix64): the same numbers from a seed on every machine and
/// in every language; for test data and the fuzz campaign, not for anything that needs randomness.
#[derive(Debug, Clone)]
pub struct SplitMix(pub u64);

impl SplitMix {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

impl NationalWorkload {
    /// Generates the workload from `seed`.
    pub fn generate(seed: u64) -> Self {
        let mut rng = SplitMix(seed);
        let times: Vec<f64> = (YEARS.0..=YEARS.1).map(f64::from).collect();
        let m = times.len();
        let units = COMMUNES + PROVINCES;
        let series = units * INDICATORS;
        let mut w = NationalWorkload {
            baseline_t: Vec::with_capacity(series),
            baseline: Vec::with_capacity(series),
            target_t: Vec::with_capacity(series),
            target: Vec::with_capacity(series),
            comparator: Vec::with_capacity(series),
            polarity: Vec::with_capacity(series),
            times,
            values: Vec::with_capacity(series * m),
            numerators: Vec::with_capacity(COMMUNES * INDICATORS * m),
            denominators: Vec::with_capacity(COMMUNES * INDICATORS * m),
            group: Vec::with_capacity(COMMUNES * INDICATORS),
        };
        for unit in 0..units {
            for indicator in 0..INDICATORS {
                let lower_is_better = indicator % 10 == 9;
                let b = 20.0 + 40.0 * rng.unit();
                let v = if lower_is_better {
                    b * (0.3 + 0.5 * rng.unit())
                } else {
                    b + (100.0 - b) * (0.4 + 0.6 * rng.unit())
                };
                let target_year = if indicator % 2 == 0 { 2025.0 } else { 2030.0 };
                w.baseline_t.push(2020.0);
                w.baseline.push(b);
                w.target_t.push(target_year);
                w.target.push(v);
                w.comparator.push((indicator % 3) as u8);
                w.polarity.push(if lower_is_better { -1 } else { 1 });
                let pace = (v - b) / (target_year - 2020.0) * (0.3 + 1.0 * rng.unit());
                for (j, t) in w.times.iter().enumerate() {
                    let value = if j == 0 {
                        b
                    } else if rng.unit() < 0.05 {
                        f64::NAN
                    } else {
                        (b + pace * (t - 2020.0) + 3.0 * (rng.unit() - 0.5)).clamp(0.5, 100.0)
                    };
                    w.values.push(value);
                    if unit < COMMUNES {
                        let denominator = (100.0 + 9_900.0 * rng.unit()).round();
                        w.denominators.push(denominator);
                        w.numerators.push((value / 100.0 * denominator).round());
                    }
                }
                if unit < COMMUNES {
                    let province = unit % PROVINCES;
                    w.group.push((province * INDICATORS + indicator) as u32);
                }
            }
        }
        w
    }

    /// The columns as a table for [`crate::calc::bulk::evaluate`].
    pub fn table(&self) -> SeriesTable<'_> {
        SeriesTable {
            baseline_t: &self.baseline_t,
            baseline: &self.baseline,
            target_t: &self.target_t,
            target: &self.target,
            comparator: &self.comparator,
            polarity: &self.polarity,
            times: &self.times,
            values: &self.values,
            // Every indicator of the workload is a level or a share (the growth-rate ratio).
            ..SeriesTable::default()
        }
    }

    /// Cells evaluated: series × years.
    pub fn cells(&self) -> usize {
        self.values.len()
    }

    /// Groups of the roll-up: provinces × indicators.
    pub fn groups(&self) -> usize {
        PROVINCES * INDICATORS
    }
}
