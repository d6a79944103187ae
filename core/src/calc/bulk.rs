//! Many cells at once, in columns of numbers: the layout a Python (numpy) or JavaScript (`Float64Array`)
//! caller hands over in one call.
//!
//! A table has one row per *series* (a unit and an indicator: its baseline, its target, comparator and
//! polarity) and one column per *time* (2020..2030, say); `values` holds the observed value of every
//! cell, row by row, `NaN` where there is none. For every cell the same rules as the scalar functions
//! give the milestone, attainment, gap, percent of target, progress from baseline, growth-rate ratio,
//! category and score. [`rollup_ratio_of_sums`] rolls units up to their groups (communes to provinces)
//! as ratios of sums.
//!
//! ```
//! use chitieu::calc::bulk::{evaluate, SeriesTable};
//! use chitieu::calc::milestone::Curve;
//! let table = SeriesTable {
//!     baseline_t: &[2022.0], baseline: &[62.0], target_t: &[2025.0], target: &[90.0],
//!     comparator: &[0], polarity: &[1],
//!     times: &[2023.0, 2024.0], values: &[70.0, f64::NAN],
//! };
//! let out = evaluate(&table, Curve::Linear, None).unwrap();
//! assert!((out.milestone[1] - (62.0 + 28.0 * 2.0 / 3.0)).abs() < 1e-12);
//! assert_eq!(out.attained, vec![0, 2]); // 2: no value
//! ```

use crate::calc::milestone::{Curve, MilestoneError, Segment};
use crate::calc::progress::{series_rule, Category};
use crate::error::{check_column, ChitieuError, NonFinite};
use crate::model::comparator::Comparator;
use crate::model::measure_unit::Polarity;

/// The input columns. Per-series columns have one entry per series; `times` one per column; `values`
/// `series × times` entries, row-major.
#[derive(Debug, Clone, Copy)]
pub struct SeriesTable<'a> {
    /// Time of each series' baseline.
    pub baseline_t: &'a [f64],
    /// Baseline value of each series.
    pub baseline: &'a [f64],
    /// Target year of each series.
    pub target_t: &'a [f64],
    /// Target value of each series.
    pub target: &'a [f64],
    /// Comparator code of each series ([`Comparator::number`]: 0 at_least, 1 more_than, 2 reach,
    /// 3 at_most, 4 less_than, 5 about).
    pub comparator: &'a [u8],
    /// Polarity of each series: 1 higher is better, -1 lower is better.
    pub polarity: &'a [i8],
    /// Time of each column.
    pub times: &'a [f64],
    /// Observed values, `series × times`, row-major; `NaN` where there is none.
    pub values: &'a [f64],
}

/// The output columns, each `series × times`, row-major, except `curve_used` (one per series).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CellResults {
    /// Milestone of the cell's time (`NaN` before the baseline).
    pub milestone: Vec<f64>,
    /// 1 attained, 0 not, 2 no value.
    pub attained: Vec<u8>,
    /// `d (V - y)`.
    pub gap: Vec<f64>,
    /// Percent of target (`NaN` where absent).
    pub percent_of_target: Vec<f64>,
    /// Progress from baseline (`NaN` where absent).
    pub progress_from_baseline: Vec<f64>,
    /// Growth-rate ratio (`NaN` where absent).
    pub ratio: Vec<f64>,
    /// Score on -5..5 (`NaN` where not assessable).
    pub score: Vec<f64>,
    /// [`Category::number`] of each cell.
    pub category: Vec<u8>,
    /// The curve each series' milestones follow (0 linear, 1 compound, 2 logistic, 3 step).
    pub curve_used: Vec<u8>,
}

/// Why a bulk call was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum BulkError {
    /// A column of the wrong length.
    #[error("column {column} has {got} entries; expected {expected}")]
    LengthMismatch {
        /// Column name.
        column: &'static str,
        /// Entries expected.
        expected: usize,
        /// Entries given.
        got: usize,
    },
    /// A code outside its range.
    #[error("{column}[{index}] is {code}, not a valid code; expected {expected}")]
    InvalidCode {
        /// Column name.
        column: &'static str,
        /// Position.
        index: usize,
        /// The code.
        code: i64,
        /// The valid codes.
        expected: &'static str,
    },
    /// A series whose milestone curve cannot apply.
    #[error("series {series}: {source}")]
    Curve {
        /// Series index.
        series: usize,
        /// Why.
        source: MilestoneError,
    },
    /// An output that would be larger than the inputs allow: more groups than a group code can name, or
    /// (with no units to size it) more cells than [`MAX_EMPTY_OUTPUT_CELLS`].
    #[error("{what} is {got}: the output would have {cells} cells; expected at most {limit}")]
    TooLarge {
        /// The count at fault (`groups`, `times`).
        what: &'static str,
        /// Its value.
        got: u64,
        /// Cells the output would have (saturating).
        cells: u64,
        /// The largest accepted.
        limit: u64,
    },
    /// A negative denominator.
    #[error("denominators[{index}] is negative; expected denominators >= 0")]
    NegativeDenominator {
        /// Position.
        index: usize,
    },
    /// A non-finite number where a finite one is required.
    #[error(transparent)]
    NonFinite(#[from] NonFinite),
}

impl ChitieuError for BulkError {
    fn code(&self) -> &'static str {
        match self {
            Self::LengthMismatch { .. } => "length_mismatch",
            Self::InvalidCode { .. } => "invalid_code",
            Self::Curve { source, .. } => source.code(),
            Self::NonFinite(e) => e.code(),
            Self::NegativeDenominator { .. } => "negative_denominator",
            Self::TooLarge { .. } => "too_large",
        }
    }

    fn path(&self) -> Option<String> {
        match self {
            Self::LengthMismatch { column, .. } => Some((*column).to_owned()),
            Self::InvalidCode { column, index, .. } => Some(format!("{column}[{index}]")),
            Self::Curve { series, .. } => Some(format!("series[{series}]")),
            Self::NonFinite(e) => e.path(),
            Self::NegativeDenominator { index } => Some(format!("denominators[{index}]")),
            Self::TooLarge { what, .. } => Some((*what).to_owned()),
        }
    }
}

fn check_len(column: &'static str, got: usize, expected: usize) -> Result<(), BulkError> {
    if got == expected {
        Ok(())
    } else {
        Err(BulkError::LengthMismatch { column, expected, got })
    }
}

fn check_finite(column: &'static str, values: &[f64]) -> Result<(), BulkError> {
    Ok(check_column(column, values)?)
}

impl CellResults {
    /// Output columns for `series` series of `times` cells each, ready for [`evaluate_into`].
    pub fn with_shape(series: usize, times: usize) -> Self {
        let mut out = Self::default();
        out.reshape(series, times);
        out
    }

    /// Resizes every column for `series × times` cells, reusing the allocations.
    pub fn reshape(&mut self, series: usize, times: usize) {
        // Every cell is written by `evaluate_into`, so the initial value does not matter: a fresh column is
        // zeroed memory straight from the allocator (no fill pass over 100 MB), a column of the right
        // length is reused as it is.
        fn fit<T: Copy + Default>(col: &mut Vec<T>, len: usize) {
            if col.len() != len {
                *col = Vec::new();
                *col = vec![T::default(); len];
            }
        }
        let cells = series.saturating_mul(times);
        for col in [
            &mut self.milestone,
            &mut self.gap,
            &mut self.percent_of_target,
            &mut self.progress_from_baseline,
            &mut self.ratio,
            &mut self.score,
        ] {
            fit(col, cells);
        }
        fit(&mut self.attained, cells);
        fit(&mut self.category, cells);
        fit(&mut self.curve_used, series);
    }
}

/// Evaluates every cell of `table`; `curve` and `bounds` apply to every series' milestone path.
pub fn evaluate(table: &SeriesTable<'_>, curve: Curve, bounds: Option<(f64, f64)>) -> Result<CellResults, BulkError> {
    let mut out = CellResults::default();
    evaluate_into(table, curve, bounds, &mut out)?;
    Ok(out)
}

/// Per-series facts, decided once for all of its cells.
struct SeriesFacts {
    comparator: Comparator,
    polarity: Polarity,
    t0: f64,
    b: f64,
    v: f64,
    segment: Option<Segment>,
    inv_span: f64,
    /// The growth-rate ratio is not assessable for any cell ([`series_rule`]).
    never_assessable: bool,
    cagr_required: f64,
    /// `1 / (V - B)`, `NaN` for a maintain target.
    inv_progress: f64,
}

fn series_facts(
    table: &SeriesTable<'_>,
    i: usize,
    curve: Curve,
    bounds: Option<(f64, f64)>,
) -> Result<SeriesFacts, BulkError> {
    let get = |col: &[f64]| col.get(i).copied().unwrap_or(f64::NAN);
    let (t0, b, tt, v) = (get(table.baseline_t), get(table.baseline), get(table.target_t), get(table.target));
    let code = table.comparator.get(i).copied().unwrap_or(u8::MAX);
    let comparator = Comparator::from_number(code).ok_or(BulkError::InvalidCode {
        column: "comparator",
        index: i,
        code: i64::from(code),
        expected: "0..5",
    })?;
    let sign = table.polarity.get(i).copied().unwrap_or(0);
    let polarity = Polarity::from_number(sign).ok_or(BulkError::InvalidCode {
        column: "polarity",
        index: i,
        code: i64::from(sign),
        expected: "1 or -1",
    })?;
    let segment = if tt > t0 {
        Some(Segment::new(curve, b, v, bounds).map_err(|source| BulkError::Curve { series: i, source })?)
    } else {
        None
    };
    Ok(SeriesFacts {
        comparator,
        polarity,
        t0,
        b,
        v,
        segment,
        inv_span: 1.0 / (tt - t0),
        never_assessable: series_rule(t0, b, tt, v).is_some(),
        // The same expressions as the scalar `growth_ratio`, so that both give the same bits.
        cagr_required: crate::calc::progress::cagr(v / b, 1.0 / (tt - t0)),
        // As in `achievement`: no ratio for a maintain target or one the baseline already met.
        inv_progress: if crate::model::comparator::equal(v, b) || polarity.sign() * (v - b) < 0.0 {
            f64::NAN
        } else {
            1.0 / (v - b)
        },
    })
}

/// One row of output columns.
struct RowOut<'a> {
    milestone: &'a mut [f64],
    attained: &'a mut [u8],
    gap: &'a mut [f64],
    percent_of_target: &'a mut [f64],
    progress_from_baseline: &'a mut [f64],
    ratio: &'a mut [f64],
    score: &'a mut [f64],
    category: &'a mut [u8],
}

/// Evaluates every cell of `table` into `out`, reusing its allocations (resized to fit).
///
/// The cells follow the scalar rules ([`crate::calc::achievement::achievement`],
/// [`crate::calc::progress::growth_ratio`], [`Segment::value`]) with per-series terms computed once, so results
/// agree with the scalar functions to within a few units in the last place.
pub fn evaluate_into(
    table: &SeriesTable<'_>,
    curve: Curve,
    bounds: Option<(f64, f64)>,
    out: &mut CellResults,
) -> Result<(), BulkError> {
    out.reshape(table.baseline.len(), table.times.len());
    evaluate_columns(table, curve, bounds, out.columns())
}

/// Output columns borrowed from the caller (numpy arrays, typed arrays), each `series × times` except
/// `curve_used`; see [`CellResults`] for what each holds.
#[derive(Debug)]
pub struct CellColumns<'a> {
    /// Milestones.
    pub milestone: &'a mut [f64],
    /// 1 attained, 0 not, 2 no value.
    pub attained: &'a mut [u8],
    /// Gaps.
    pub gap: &'a mut [f64],
    /// Percent of target.
    pub percent_of_target: &'a mut [f64],
    /// Progress from baseline.
    pub progress_from_baseline: &'a mut [f64],
    /// Growth-rate ratios.
    pub ratio: &'a mut [f64],
    /// Scores.
    pub score: &'a mut [f64],
    /// Category numbers.
    pub category: &'a mut [u8],
    /// Curve of each series.
    pub curve_used: &'a mut [u8],
}

impl CellResults {
    /// The columns as borrowed slices.
    pub fn columns(&mut self) -> CellColumns<'_> {
        CellColumns {
            milestone: &mut self.milestone,
            attained: &mut self.attained,
            gap: &mut self.gap,
            percent_of_target: &mut self.percent_of_target,
            progress_from_baseline: &mut self.progress_from_baseline,
            ratio: &mut self.ratio,
            score: &mut self.score,
            category: &mut self.category,
            curve_used: &mut self.curve_used,
        }
    }
}

/// [`evaluate_into`], writing into columns the caller owns (every cell is written), so that repeated
/// calls from numpy or JavaScript reuse their arrays instead of allocating 100 MB each time.
pub fn evaluate_columns(
    table: &SeriesTable<'_>,
    curve: Curve,
    bounds: Option<(f64, f64)>,
    out: CellColumns<'_>,
) -> Result<(), BulkError> {
    let n = table.baseline.len();
    let m = table.times.len();
    check_len("baseline_t", table.baseline_t.len(), n)?;
    check_len("target_t", table.target_t.len(), n)?;
    check_len("target", table.target.len(), n)?;
    check_len("comparator", table.comparator.len(), n)?;
    check_len("polarity", table.polarity.len(), n)?;
    let cells = n.checked_mul(m).ok_or(BulkError::LengthMismatch {
        column: "values",
        expected: usize::MAX,
        got: table.values.len(),
    })?;
    check_len("values", table.values.len(), cells)?;
    for (column, values) in [
        ("baseline_t", table.baseline_t),
        ("baseline", table.baseline),
        ("target_t", table.target_t),
        ("target", table.target),
        ("times", table.times),
    ] {
        check_finite(column, values)?;
    }
    for (column, len) in [
        ("milestone", out.milestone.len()),
        ("attained", out.attained.len()),
        ("gap", out.gap.len()),
        ("percent_of_target", out.percent_of_target.len()),
        ("progress_from_baseline", out.progress_from_baseline.len()),
        ("ratio", out.ratio.len()),
        ("score", out.score.len()),
        ("category", out.category.len()),
    ] {
        check_len(column, len, cells)?;
    }
    check_len("curve_used", out.curve_used.len(), n)?;
    if m == 0 {
        return Ok(());
    }
    // 1 / (t - t0) per column, recomputed only when the baseline time changes between series.
    let mut inv_elapsed = vec![f64::NAN; m];
    let mut elapsed_for = f64::NAN;
    let rows = table
        .values
        .chunks_exact(m)
        .zip(out.milestone.chunks_exact_mut(m))
        .zip(out.attained.chunks_exact_mut(m))
        .zip(out.gap.chunks_exact_mut(m))
        .zip(out.percent_of_target.chunks_exact_mut(m))
        .zip(out.progress_from_baseline.chunks_exact_mut(m))
        .zip(out.ratio.chunks_exact_mut(m))
        .zip(out.score.chunks_exact_mut(m))
        .zip(out.category.chunks_exact_mut(m))
        .zip(out.curve_used.iter_mut())
        .enumerate();
    for (
        i,
        (
            (
                (((((((values, milestone), attained), gap), percent_of_target), progress_from_baseline), ratio), score),
                category,
            ),
            curve_used,
        ),
    ) in rows
    {
        let f = series_facts(table, i, curve, bounds)?;
        *curve_used = f.segment.as_ref().map_or(0, |seg| seg.curve().number());
        if f.t0 != elapsed_for {
            elapsed_for = f.t0;
            for (inv, t) in inv_elapsed.iter_mut().zip(table.times) {
                *inv = 1.0 / (t - f.t0);
            }
        }
        let row =
            RowOut { milestone, attained, gap, percent_of_target, progress_from_baseline, ratio, score, category };
        evaluate_row(&f, table.times, &inv_elapsed, values, row);
    }
    Ok(())
}

/// One series' cells, in passes: milestones, plain arithmetic, then the logarithms and exponentials of the
/// growth-rate ratio alone (calls into the maths library keep nothing else in registers), then
/// categories and scores.
#[inline]
fn evaluate_row(f: &SeriesFacts, times: &[f64], inv_elapsed: &[f64], values: &[f64], o: RowOut<'_>) {
    let higher = f.polarity == Polarity::HigherIsBetter;
    let d = f.polarity.sign();
    // 100 y / V when higher is better: the factor 100 / V once per series.
    let percent_factor = if f.v > 0.0 { 100.0 / f.v } else { f64::NAN };

    // Pass 1: milestones, one curve for the whole row.
    match &f.segment {
        Some(seg) => {
            for (ms, &t) in o.milestone.iter_mut().zip(times) {
                *ms = if t < f.t0 { f64::NAN } else { seg.value((t - f.t0) * f.inv_span) };
            }
        }
        None => {
            for (ms, &t) in o.milestone.iter_mut().zip(times) {
                *ms = if t < f.t0 { f64::NAN } else { f.v };
            }
        }
    }
    // Pass 2: attainment, gap, percent of target, progress; the ratio's exponent, or NaN.
    for ((((((&t, &y), at), gap), pot), progress), (exponent, &inv_dt)) in times
        .iter()
        .zip(values)
        .zip(o.attained.iter_mut())
        .zip(o.gap.iter_mut())
        .zip(o.percent_of_target.iter_mut())
        .zip(o.progress_from_baseline.iter_mut())
        .zip(o.ratio.iter_mut().zip(inv_elapsed))
    {
        let present = y.is_finite();
        let attained = present && f.comparator.holds(y, f.v, f.polarity, None);
        *at = if present { u8::from(attained) } else { 2 };
        *gap = d * (f.v - y);
        *pot = if !present || y < 0.0 || f.v < 0.0 {
            f64::NAN
        } else if higher {
            y * percent_factor
        } else if y == 0.0 {
            f64::NAN
        } else {
            100.0 * f.v / y
        };
        *progress = (y - f.b) * f.inv_progress + 0.0;
        let assessable = present && !attained && !f.never_assessable && t > f.t0 && y > 0.0;
        *exponent = if assessable { inv_dt } else { f64::NAN };
    }
    // Pass 3: RR = [(y / B)^(1 / (t - t0)) - 1] / CAGR_required, for the assessable cells only; the
    // exponent 1 / (t - t0) is the scalar function's, computed once per column.
    for (ratio, &y) in o.ratio.iter_mut().zip(values) {
        if !ratio.is_nan() {
            let rr = crate::calc::progress::cagr(y / f.b, *ratio) / f.cagr_required;
            // An overflowing yearly rate (values a moment apart) is not assessable, as in `growth_ratio`.
            *ratio = if rr.is_finite() { rr } else { f64::NAN };
        }
    }
    // Pass 4: category and score.
    for (((ratio, score), category), &at) in
        o.ratio.iter().zip(o.score.iter_mut()).zip(o.category.iter_mut()).zip(o.attained.iter())
    {
        let cat = match at {
            1 => Category::TargetAchieved,
            _ if ratio.is_nan() => Category::NotAssessable,
            _ => Category::of_ratio(*ratio),
        };
        *score = match cat {
            Category::TargetAchieved => 5.0,
            Category::NotAssessable => f64::NAN,
            _ => crate::calc::progress::score(*ratio),
        };
        *category = cat.number();
    }
}

/// With no units to size it, a roll-up's output (`groups × times`, all blank) may have at most this many
/// cells: a count of groups or times a caller mistyped fails with [`BulkError::TooLarge`] instead of
/// asking for terabytes. With units, the output may be as large as the input or as this, whichever is
/// larger.
pub const MAX_EMPTY_OUTPUT_CELLS: usize = 1 << 24;

/// The cells of a roll-up's output, checked against the inputs before anything is allocated.
fn rollup_output_cells(groups: usize, times: usize, input_cells: usize) -> Result<usize, BulkError> {
    let too_large = |what: &'static str, got: usize, limit: usize| BulkError::TooLarge {
        what,
        got: got as u64,
        cells: (groups as u64).saturating_mul(times as u64),
        limit: limit as u64,
    };
    // Group codes are u32: more groups than that could never be named by a unit.
    let max_groups = usize::try_from(u64::from(u32::MAX) + 1).unwrap_or(usize::MAX);
    if groups > max_groups {
        return Err(too_large("groups", groups, max_groups));
    }
    let limit = input_cells.max(MAX_EMPTY_OUTPUT_CELLS);
    match groups.checked_mul(times) {
        Some(cells) if cells <= limit => Ok(cells),
        _ if times > limit => Err(too_large("times", times, limit)),
        _ => Err(too_large("groups", groups, limit)),
    }
}

/// A column of zeros, or [`BulkError::TooLarge`] where the allocator refuses it (a 32-bit WebAssembly
/// memory, say) instead of aborting.
fn zeroed(cells: usize, groups: usize) -> Result<Vec<f64>, BulkError> {
    let mut v = Vec::new();
    v.try_reserve_exact(cells).map_err(|_| BulkError::TooLarge {
        what: "groups",
        got: groups as u64,
        cells: cells as u64,
        limit: cells.saturating_sub(1) as u64,
    })?;
    v.resize(cells, 0.0);
    Ok(v)
}

/// Rolls units up to groups as ratios of sums, per time column: `numerators` and `denominators` are
/// `units × times`, row-major, `NaN` where a unit reported nothing (it is left out of that cell's sums);
/// `group[u]` is the group of unit `u`. The result is `groups × times`, `NaN` where a group's
/// denominators add up to zero.
pub fn rollup_ratio_of_sums(
    numerators: &[f64],
    denominators: &[f64],
    group: &[u32],
    groups: usize,
    times: usize,
    scale: f64,
) -> Result<Vec<f64>, BulkError> {
    let units = group.len();
    let cells = units.checked_mul(times).ok_or(BulkError::LengthMismatch {
        column: "numerators",
        expected: usize::MAX,
        got: numerators.len(),
    })?;
    check_len("numerators", numerators.len(), cells)?;
    check_len("denominators", denominators.len(), cells)?;
    if let Some((index, &g)) = group.iter().enumerate().find(|(_, g)| **g as usize >= groups) {
        return Err(BulkError::InvalidCode {
            column: "group",
            index,
            code: i64::from(g),
            expected: "a group index below `groups`",
        });
    }
    let out_cells = rollup_output_cells(groups, times, cells)?;
    let mut num = zeroed(out_cells, groups)?;
    let mut den = zeroed(out_cells, groups)?;
    for (u, &g) in group.iter().enumerate() {
        let (src, dst) = (u * times, g as usize * times);
        for j in 0..times {
            let (Some(&n), Some(&d)) = (numerators.get(src + j), denominators.get(src + j)) else { continue };
            if !(n.is_finite() && d.is_finite()) {
                continue;
            }
            if d < 0.0 {
                return Err(BulkError::NegativeDenominator { index: src + j });
            }
            if let (Some(sn), Some(sd)) = (num.get_mut(dst + j), den.get_mut(dst + j)) {
                *sn += n;
                *sd += d;
            }
        }
    }
    Ok(num.iter().zip(&den).map(|(n, d)| if *d > 0.0 { scale * n / d } else { f64::NAN }).collect())
}
