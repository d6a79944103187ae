//! Many cells at once, in columns of numbers: the layout a Python (numpy) or JavaScript (`Float64Array`)
//! caller hands over in one call.
//!
//! A table has one row per *series* (a unit and an indicator: its baseline, its target, comparator and
//! polarity) and one column per *time* (2020..2030, say); `values` holds the observed value of every
//! cell, row by row, `NaN` where there is none. For every cell the same rules as the scalar functions
//! give the milestone, attainment, gap, percent of target, progress from baseline, progress ratio,
//! category and score. [`rollup_ratio_of_sums`] rolls units up to their groups (communes to provinces)
//! as ratios of sums.
//!
//! Each series is judged by the method of its indicator's kind (the `kind` column, [`IndicatorKind::number`]),
//! cell for cell as the scalar functions judge it:
//!
//! | kind | cell's ratio, category and score | milestone |
//! |---|---|---|
//! | 0 level or share | [`crate::calc::progress::growth_ratio`] from the baseline | the table's curve from the baseline to the target |
//! | 1 yearly rate | [`crate::calc::yearly_rate::yearly_rate`] of the rates present from `baseline_t` to the cell (and not after the target year) | the target rate |
//! | 2 cumulative change | [`crate::calc::cumulative::cumulative_change`] from 0 at `baseline_t` | the straight path from 0 |
//! | 3 rank | [`crate::calc::rank::rank_progress`] from the baseline rank, fields by year unless given | the table's curve |
//!
//! Attainment, gap, percent of target and progress from baseline follow
//! [`crate::calc::achievement::achievement`] (for a rank, of the ranks read in the target's field). With
//! the `parallel` feature (on by default, never on wasm32) the rows are split across rayon's threads;
//! the results are the same bits whatever the number of threads.
//!
//! ```
//! use chitieu::calc::bulk::{evaluate, SeriesTable};
//! use chitieu::calc::milestone::Curve;
//! let table = SeriesTable {
//!     baseline_t: &[2022.0], baseline: &[62.0], target_t: &[2025.0], target: &[90.0],
//!     comparator: &[0], polarity: &[1],
//!     times: &[2023.0, 2024.0], values: &[70.0, f64::NAN],
//!     ..SeriesTable::default() // every series a level or share
//! };
//! let out = evaluate(&table, Curve::Linear, None).unwrap();
//! assert!((out.milestone[1] - (62.0 + 28.0 * 2.0 / 3.0)).abs() < 1e-12);
//! assert_eq!(out.attained, vec![0, 2]); // 2: no value
//! ```

use crate::calc::achievement::achievement;
use crate::calc::cumulative::{cumulative_change, CumulativeInput};
use crate::calc::milestone::{Curve, MilestoneError, Segment};
use crate::calc::progress::{series_rule, Category};
use crate::calc::rank::{rank_progress, RankInput, RankPoint};
use crate::calc::yearly_rate::RateGrowth;
use crate::error::{check_column, ChitieuError, NonFinite};
use crate::model::comparator::Comparator;
use crate::model::measure_unit::{IndicatorKind, Polarity};

/// The input columns. Per-series columns have one entry per series; `times` one per column; `values`
/// `series × times` entries, row-major. The kind and field columns may be left empty (`..Default::default()`):
/// every series is then a level or share, and every rank's field is taken from its year.
#[derive(Debug, Clone, Copy, Default)]
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
    /// Kind of each series' indicator ([`IndicatorKind::number`]: 0 level or share, 1 yearly rate,
    /// 2 cumulative change, 3 rank), which decides the method; empty: every series is a level or share.
    pub kind: &'a [u8],
    /// Units ranked in each series' baseline ranking, read for ranks only; 0 (or an empty column): not
    /// given, taken from the baseline's year ([`crate::calc::rank::default_field`]: 63 until 2023, 34 after).
    pub baseline_field: &'a [u32],
    /// Units ranked in each cell's ranking, `series × times`, read for ranks only; 0 (or an empty column):
    /// not given, taken from the cell's time.
    pub field: &'a [u32],
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
    /// The progress ratio of the series' method (growth-rate ratio, mean rate over target rate, pace over
    /// pace required, positions gained over needed; `NaN` where absent).
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
    kind: IndicatorKind,
    comparator: Comparator,
    polarity: Polarity,
    t0: f64,
    b: f64,
    tt: f64,
    v: f64,
    segment: Option<Segment>,
    inv_span: f64,
    /// The growth-rate ratio is not assessable for any cell ([`series_rule`]).
    never_assessable: bool,
    cagr_required: f64,
    /// `1 / (V - B)`, `NaN` for a maintain target.
    inv_progress: f64,
    /// The baseline rank's field, where given.
    baseline_field: Option<u32>,
}

fn invalid_code(column: &'static str, index: usize, code: i64, expected: &'static str) -> BulkError {
    BulkError::InvalidCode { column, index, code, expected }
}

/// What a series' codes say: the comparator, the polarity and the kind, each checked.
struct SeriesCodes {
    kind: IndicatorKind,
    comparator: Comparator,
    polarity: Polarity,
}

fn series_codes(table: &SeriesTable<'_>, i: usize) -> Result<SeriesCodes, BulkError> {
    let code = table.comparator.get(i).copied().unwrap_or(u8::MAX);
    let comparator =
        Comparator::from_number(code).ok_or_else(|| invalid_code("comparator", i, i64::from(code), "0..5"))?;
    let sign = table.polarity.get(i).copied().unwrap_or(0);
    let polarity =
        Polarity::from_number(sign).ok_or_else(|| invalid_code("polarity", i, i64::from(sign), "1 or -1"))?;
    let kind = match table.kind.get(i) {
        None => IndicatorKind::LevelOrShare,
        Some(&k) => IndicatorKind::from_number(k).ok_or_else(|| invalid_code("kind", i, i64::from(k), "0..3"))?,
    };
    Ok(SeriesCodes { kind, comparator, polarity })
}

/// The path of a series' milestones, for the kinds that follow the table's curve (yearly rates and
/// cumulative changes have their own: the target rate, the straight path) once time passes.
fn series_segment(
    table: &SeriesTable<'_>,
    i: usize,
    kind: IndicatorKind,
    curve: Curve,
    bounds: Option<(f64, f64)>,
) -> Result<Option<Segment>, BulkError> {
    let get = |col: &[f64]| col.get(i).copied().unwrap_or(f64::NAN);
    let curved = matches!(kind, IndicatorKind::LevelOrShare | IndicatorKind::Rank);
    if !(curved && get(table.target_t) > get(table.baseline_t)) {
        return Ok(None);
    }
    let segment = Segment::new(curve, get(table.baseline), get(table.target), bounds);
    segment.map(Some).map_err(|source| BulkError::Curve { series: i, source })
}

/// Checks every series' codes, and its curve where the curve can refuse finite values, before anything is
/// evaluated ([`evaluate_streamed`]): the errors [`series_facts`] would give, in row order.
fn check_series(table: &SeriesTable<'_>, n: usize, curve: Curve, bounds: Option<(f64, f64)>) -> Result<(), BulkError> {
    for i in 0..n {
        let codes = series_codes(table, i)?;
        if curve.may_refuse() {
            series_segment(table, i, codes.kind, curve, bounds)?;
        }
    }
    Ok(())
}

fn series_facts(
    table: &SeriesTable<'_>,
    i: usize,
    curve: Curve,
    bounds: Option<(f64, f64)>,
) -> Result<SeriesFacts, BulkError> {
    let SeriesCodes { kind, comparator, polarity } = series_codes(table, i)?;
    let segment = series_segment(table, i, kind, curve, bounds)?;
    let get = |col: &[f64]| col.get(i).copied().unwrap_or(f64::NAN);
    let (t0, b, tt, v) = (get(table.baseline_t), get(table.baseline), get(table.target_t), get(table.target));
    Ok(SeriesFacts {
        kind,
        comparator,
        polarity,
        t0,
        b,
        tt,
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
        baseline_field: table.baseline_field.get(i).copied().filter(|f| *f > 0),
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
    let (n, m, cells) = check_table(table)?;
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
        // No cells; the series' codes and curves are still checked, and their curves reported.
        for (i, curve_used) in out.curve_used.iter_mut().enumerate() {
            let segment = series_segment(table, i, series_codes(table, i)?.kind, curve, bounds)?;
            *curve_used = segment.as_ref().map_or(0, |s| s.curve().number());
        }
        return Ok(());
    }
    let blocks = out.into_blocks(n, m);
    run_blocks(blocks, |block| evaluate_block(table, curve, bounds, block))
}

/// [`evaluate_columns`] a block of rows at a time into `scratch` (resized to a block), for a caller whose
/// output lives elsewhere (JavaScript's typed arrays): `sink` receives the index of each block's first
/// row and the block's columns, in row order, while they are still in the processor's cache. Every
/// series' codes and curve are checked before the first block is evaluated, so that on an error the sink
/// has received nothing. One thread; the same bits as [`evaluate_columns`].
pub fn evaluate_streamed(
    table: &SeriesTable<'_>,
    curve: Curve,
    bounds: Option<(f64, f64)>,
    scratch: &mut CellResults,
    mut sink: impl FnMut(usize, &CellResults),
) -> Result<(), BulkError> {
    let (n, m, _) = check_table(table)?;
    if m == 0 {
        scratch.reshape(n, 0);
        evaluate_columns(table, curve, bounds, scratch.columns())?;
        sink(0, scratch);
        return Ok(());
    }
    check_series(table, n, curve, bounds)?;
    let mut first = 0;
    while first < n {
        let rows = BLOCK_ROWS.min(n - first);
        scratch.reshape(rows, m);
        evaluate_block(table, curve, bounds, Block { first, out: scratch.columns() })?;
        sink(first, scratch);
        first += rows;
    }
    Ok(())
}

impl SeriesTable<'_> {
    /// The table's series and times, once its columns' lengths and numbers are checked: what
    /// [`evaluate_columns`] checks before it writes anything, for a caller that prepares the output first.
    pub fn shape(&self) -> Result<(usize, usize), BulkError> {
        check_table(self).map(|(n, m, _)| (n, m))
    }
}

/// Checks the input columns' lengths and numbers: the series, the times and the cells of `table`.
fn check_table(table: &SeriesTable<'_>) -> Result<(usize, usize, usize), BulkError> {
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
    check_optional_len("kind", table.kind.len(), n)?;
    check_optional_len("baseline_field", table.baseline_field.len(), n)?;
    check_optional_len("field", table.field.len(), cells)?;
    Ok((n, m, cells))
}

/// A column that is either empty (not given) or of its full length.
fn check_optional_len(column: &'static str, got: usize, expected: usize) -> Result<(), BulkError> {
    if got == 0 {
        Ok(())
    } else {
        check_len(column, got, expected)
    }
}

/// Rows per block: the unit of work a thread takes (about 2,800 cells of 11 years, 60 KB of output).
const BLOCK_ROWS: usize = 256;

/// The output columns of rows `first..first + rows`.
struct Block<'a> {
    first: usize,
    out: CellColumns<'a>,
}

/// Splits a column after `at` entries (the lengths were checked: a shorter column gives all it has).
fn split<'a, T>(col: &mut &'a mut [T], at: usize) -> &'a mut [T] {
    let (head, tail) = std::mem::take(col).split_at_mut_checked(at).unwrap_or_default();
    *col = tail;
    head
}

impl<'a> CellColumns<'a> {
    /// The columns cut into blocks of [`BLOCK_ROWS`] rows of `m` cells.
    fn into_blocks(mut self, n: usize, m: usize) -> Vec<Block<'a>> {
        let mut blocks = Vec::with_capacity(n.div_ceil(BLOCK_ROWS));
        let mut first = 0;
        while first < n {
            let rows = BLOCK_ROWS.min(n - first);
            let cells = rows * m;
            let out = CellColumns {
                milestone: split(&mut self.milestone, cells),
                attained: split(&mut self.attained, cells),
                gap: split(&mut self.gap, cells),
                percent_of_target: split(&mut self.percent_of_target, cells),
                progress_from_baseline: split(&mut self.progress_from_baseline, cells),
                ratio: split(&mut self.ratio, cells),
                score: split(&mut self.score, cells),
                category: split(&mut self.category, cells),
                curve_used: split(&mut self.curve_used, rows),
            };
            blocks.push(Block { first, out });
            first += rows;
        }
        blocks
    }
}

/// Runs `work` on every block: across rayon's threads with the `parallel` feature (natively), else in
/// order. Blocks write disjoint rows and each row is computed alone, so the bits do not depend on the
/// threads; the error is the first block's in row order, as one thread would report it.
fn run_blocks<'a, F>(blocks: Vec<Block<'a>>, work: F) -> Result<(), BulkError>
where
    F: Fn(Block<'a>) -> Result<(), BulkError> + Sync + Send,
{
    #[cfg(all(feature = "parallel", not(target_arch = "wasm32")))]
    {
        use rayon::prelude::*;
        let results: Vec<Result<(), BulkError>> = blocks.into_par_iter().map(work).collect();
        results.into_iter().collect()
    }
    #[cfg(not(all(feature = "parallel", not(target_arch = "wasm32"))))]
    {
        blocks.into_iter().try_for_each(work)
    }
}

/// Evaluates the rows of one block.
fn evaluate_block(
    table: &SeriesTable<'_>,
    curve: Curve,
    bounds: Option<(f64, f64)>,
    block: Block<'_>,
) -> Result<(), BulkError> {
    let m = table.times.len();
    let Block { first, out } = block;
    let values = table.values.get(first * m..).unwrap_or_default();
    // 1 / (t - t0) per column, recomputed only when the baseline time changes between series.
    let mut inv_elapsed = vec![f64::NAN; m];
    let mut elapsed_for = f64::NAN;
    let rows = values
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
        r,
        (
            (
                (((((((values, milestone), attained), gap), percent_of_target), progress_from_baseline), ratio), score),
                category,
            ),
            curve_used,
        ),
    ) in rows
    {
        let i = first + r;
        let f = series_facts(table, i, curve, bounds)?;
        *curve_used = f.segment.as_ref().map_or(0, |seg| seg.curve().number());
        let row =
            RowOut { milestone, attained, gap, percent_of_target, progress_from_baseline, ratio, score, category };
        if f.kind != IndicatorKind::LevelOrShare {
            let fields = table.field.get(i * m..(i + 1) * m).unwrap_or_default();
            evaluate_kind_row(&f, table.times, values, fields, row);
            continue;
        }
        if f.t0 != elapsed_for {
            elapsed_for = f.t0;
            for (inv, t) in inv_elapsed.iter_mut().zip(table.times) {
                *inv = 1.0 / (t - f.t0);
            }
        }
        evaluate_row(&f, table.times, &inv_elapsed, values, row);
    }
    Ok(())
}

/// One cell's output.
struct CellOut<'a> {
    milestone: &'a mut f64,
    attained: &'a mut u8,
    gap: &'a mut f64,
    percent_of_target: &'a mut f64,
    progress_from_baseline: &'a mut f64,
    ratio: &'a mut f64,
    score: &'a mut f64,
    category: &'a mut u8,
}

/// What a method says of one cell.
struct CellJudgement {
    attained: bool,
    /// Baseline and value the achievement numbers are taken of (for a rank, read in the target's field).
    baseline: f64,
    value: f64,
    category: Category,
    score: Option<f64>,
    ratio: Option<f64>,
}

impl CellOut<'_> {
    fn write(self, f: &SeriesFacts, j: Option<CellJudgement>) {
        let Some(j) = j else {
            // No value: as the level kernel writes it.
            *self.attained = 2;
            (*self.gap, *self.percent_of_target, *self.progress_from_baseline) = (f64::NAN, f64::NAN, f64::NAN);
            (*self.ratio, *self.score) = (f64::NAN, f64::NAN);
            *self.category = Category::NotAssessable.number();
            return;
        };
        *self.attained = u8::from(j.attained);
        match achievement(f.comparator, f.polarity, Some(j.baseline), f.v, j.value, None) {
            Ok(a) => {
                *self.gap = a.gap;
                *self.percent_of_target = a.percent_of_target.unwrap_or(f64::NAN);
                *self.progress_from_baseline = a.progress_from_baseline.unwrap_or(f64::NAN);
            }
            Err(_) => {
                (*self.gap, *self.percent_of_target, *self.progress_from_baseline) = (f64::NAN, f64::NAN, f64::NAN);
            }
        }
        *self.ratio = j.ratio.unwrap_or(f64::NAN);
        *self.score = j.score.unwrap_or(f64::NAN);
        *self.category = j.category.number();
    }
}

/// The cells of a row whose indicator is a yearly rate, a cumulative change or a rank, each judged by
/// its method's scalar rules (the same functions, so the same bits).
fn evaluate_kind_row(f: &SeriesFacts, times: &[f64], values: &[f64], fields: &[u32], o: RowOut<'_>) {
    let cells = o
        .milestone
        .iter_mut()
        .zip(o.attained.iter_mut())
        .zip(o.gap.iter_mut())
        .zip(o.percent_of_target.iter_mut())
        .zip(o.progress_from_baseline.iter_mut())
        .zip(o.ratio.iter_mut())
        .zip(o.score.iter_mut())
        .zip(o.category.iter_mut())
        .map(
            |(
                ((((((milestone, attained), gap), percent_of_target), progress_from_baseline), ratio), score),
                category,
            )| {
                CellOut { milestone, attained, gap, percent_of_target, progress_from_baseline, ratio, score, category }
            },
        );
    let mut growth = RateGrowth::new();
    for (j, ((&t, &y), cell)) in times.iter().zip(values).zip(cells).enumerate() {
        *cell.milestone = kind_milestone(f, t);
        if !y.is_finite() {
            cell.write(f, None);
            continue;
        }
        let judgement = match f.kind {
            IndicatorKind::YearlyRate => {
                // The rates of the period so far: from its start to the cell, and not after the target year.
                if t >= f.t0 && t <= f.tt {
                    growth.add(y);
                }
                let m = growth.judge(f.v, f.comparator, f.polarity, None);
                let attained = f.comparator.holds(y, f.v, f.polarity, None);
                Some(CellJudgement {
                    attained,
                    baseline: f.b,
                    value: y,
                    category: m.category,
                    score: m.score,
                    ratio: m.ratio,
                })
            }
            IndicatorKind::CumulativeChange => cumulative_cell(f, t, y),
            IndicatorKind::Rank | IndicatorKind::LevelOrShare => rank_cell(f, t, y, fields.get(j).copied()),
        };
        cell.write(f, judgement);
    }
}

/// The milestone of a cell of a yearly rate (the target rate), a cumulative change (the straight path
/// from 0) or a rank (the table's curve).
fn kind_milestone(f: &SeriesFacts, t: f64) -> f64 {
    match (f.kind, &f.segment) {
        (IndicatorKind::CumulativeChange, _) => {
            crate::calc::cumulative::straight_path(f.t0, f.tt, f.v, t).unwrap_or(f64::NAN)
        }
        _ if t < f.t0 => f64::NAN,
        (IndicatorKind::Rank | IndicatorKind::LevelOrShare, Some(seg)) => seg.value((t - f.t0) * f.inv_span),
        _ => f.v,
    }
}

fn cumulative_cell(f: &SeriesFacts, t: f64, y: f64) -> Option<CellJudgement> {
    let p = cumulative_change(&CumulativeInput {
        start_t: f.t0,
        target_t: f.tt,
        target: f.v,
        t,
        value: y,
        comparator: f.comparator,
        polarity: f.polarity,
        tolerance: None,
    })
    .ok()?;
    let attained = f.comparator.holds(y, f.v, f.polarity, None);
    Some(CellJudgement { attained, baseline: f.b, value: y, category: p.category, score: p.score, ratio: p.ratio })
}

fn rank_cell(f: &SeriesFacts, t: f64, y: f64, field: Option<u32>) -> Option<CellJudgement> {
    let p = rank_progress(&RankInput {
        start: RankPoint { t: f.t0, rank: f.b, field: f.baseline_field },
        latest: RankPoint { t, rank: y, field: field.filter(|n| *n > 0) },
        target: f.v,
        target_t: Some(f.tt),
        target_field: None,
        comparator: f.comparator,
        polarity: f.polarity,
        tolerance: None,
    })
    .ok()?;
    Some(CellJudgement {
        attained: p.attained,
        baseline: p.start.equivalent_rank,
        value: p.latest.equivalent_rank,
        category: p.category,
        score: p.score,
        ratio: p.ratio,
    })
}

/// One series' cells, in passes: milestones, plain arithmetic, then the logarithms and exponentials of the
/// growth-rate ratio alone (calls into the maths library keep nothing else in registers), then
/// categories and scores.
#[inline]
fn evaluate_row(f: &SeriesFacts, times: &[f64], inv_elapsed: &[f64], values: &[f64], mut o: RowOut<'_>) {
    let higher = f.polarity == Polarity::HigherIsBetter;

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
    // Pass 2: attainment, gap, percent of target, progress; the ratio's exponent, or NaN. One loop per
    // comparator and polarity, so that neither is decided again for each cell.
    match (f.comparator.number(), higher) {
        (0, true) => attainment_pass::<0, true>(f, times, inv_elapsed, values, &mut o),
        (0, false) => attainment_pass::<0, false>(f, times, inv_elapsed, values, &mut o),
        (1, true) => attainment_pass::<1, true>(f, times, inv_elapsed, values, &mut o),
        (1, false) => attainment_pass::<1, false>(f, times, inv_elapsed, values, &mut o),
        (2, true) => attainment_pass::<2, true>(f, times, inv_elapsed, values, &mut o),
        (2, false) => attainment_pass::<2, false>(f, times, inv_elapsed, values, &mut o),
        (3, true) => attainment_pass::<3, true>(f, times, inv_elapsed, values, &mut o),
        (3, false) => attainment_pass::<3, false>(f, times, inv_elapsed, values, &mut o),
        (4, true) => attainment_pass::<4, true>(f, times, inv_elapsed, values, &mut o),
        (4, false) => attainment_pass::<4, false>(f, times, inv_elapsed, values, &mut o),
        (_, true) => attainment_pass::<5, true>(f, times, inv_elapsed, values, &mut o),
        (_, false) => attainment_pass::<5, false>(f, times, inv_elapsed, values, &mut o),
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
    // Pass 4: category and score, as selects rather than branches (the ratios of neighbouring cells fall
    // on either side of the thresholds at random, and a mispredicted branch costs more than both sides).
    for (((ratio, score), category), &at) in
        o.ratio.iter().zip(o.score.iter_mut()).zip(o.category.iter_mut()).zip(o.attained.iter())
    {
        let achieved = at == 1;
        let by_ratio = Category::of_ratio(*ratio).number();
        let not_assessable = Category::NotAssessable.number();
        // A NaN ratio scores NaN: not assessable; an attained cell has no ratio and scores 5.
        let s = crate::calc::progress::score(*ratio);
        *score = if achieved { 5.0 } else { s };
        let c = if ratio.is_nan() { not_assessable } else { by_ratio };
        *category = if achieved { Category::TargetAchieved.number() } else { c };
    }
}

/// Pass 2 of [`evaluate_row`] for the comparator numbered `C` and the polarity `HIGHER`: the comparator's
/// own rule ([`Comparator::holds`]), with its match decided at compile time.
#[inline]
fn attainment_pass<const C: u8, const HIGHER: bool>(
    f: &SeriesFacts,
    times: &[f64],
    inv_elapsed: &[f64],
    values: &[f64],
    o: &mut RowOut<'_>,
) {
    let comparator = Comparator::from_number(C).unwrap_or(f.comparator);
    let (polarity, higher) = if HIGHER { (Polarity::HigherIsBetter, true) } else { (Polarity::LowerIsBetter, false) };
    let d = polarity.sign();
    let percent_factor = if f.v > 0.0 { 100.0 / f.v } else { f64::NAN };
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
        let attained = present && comparator.holds(y, f.v, polarity, None);
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
    let mut out = zeroed(out_cells, groups)?;
    if out_cells == 0 {
        return Ok(out);
    }
    let members = members_by_group(group, groups)?;
    let input = RollupInput { numerators, denominators, members: &members, times, scale };
    // Blocks of whole groups, each summing its units in unit order: the same bits as one pass over the
    // units, whatever the threads.
    let block_groups = (4096 / times).max(1);
    let first_negative =
        run_rollup_blocks(&mut out, block_groups * times, |b, chunk| input.block(b * block_groups, chunk));
    match first_negative {
        Some(index) => Err(BulkError::NegativeDenominator { index }),
        None => Ok(out),
    }
}

/// The inputs of a roll-up with the units of each group.
struct RollupInput<'a> {
    numerators: &'a [f64],
    denominators: &'a [f64],
    members: &'a GroupMembers,
    times: usize,
    scale: f64,
}

/// The units of each group, in unit order: `units[start[g]..start[g + 1]]` (a counting sort).
struct GroupMembers {
    start: Vec<usize>,
    units: Vec<usize>,
}

fn members_by_group(group: &[u32], groups: usize) -> Result<GroupMembers, BulkError> {
    let mut start = Vec::new();
    start.try_reserve_exact(groups + 1).map_err(|_| BulkError::TooLarge {
        what: "groups",
        got: groups as u64,
        cells: groups as u64,
        limit: groups.saturating_sub(1) as u64,
    })?;
    start.resize(groups + 1, 0usize);
    for &g in group {
        if let Some(s) = start.get_mut(g as usize + 1) {
            *s += 1;
        }
    }
    for g in 1..start.len() {
        let before = start.get(g - 1).copied().unwrap_or(0);
        if let Some(s) = start.get_mut(g) {
            *s += before;
        }
    }
    let mut next = start.clone();
    let mut units = vec![0usize; group.len()];
    for (u, &g) in group.iter().enumerate() {
        if let Some(slot) = next.get_mut(g as usize) {
            if let Some(place) = units.get_mut(*slot) {
                *place = u;
            }
            *slot += 1;
        }
    }
    Ok(GroupMembers { start, units })
}

impl RollupInput<'_> {
    /// Rolls up the groups of `chunk` (whole groups from `first_group`); the lowest index of a negative
    /// denominator among their units, if any.
    fn block(&self, first_group: usize, chunk: &mut [f64]) -> Option<usize> {
        let times = self.times;
        let mut den = vec![0.0; times];
        let mut negative: Option<usize> = None;
        for (k, num) in chunk.chunks_exact_mut(times).enumerate() {
            let g = first_group + k;
            let (from, to) = (self.members.start.get(g).copied(), self.members.start.get(g + 1).copied());
            let members = self.members.units.get(from.unwrap_or(0)..to.unwrap_or(0)).unwrap_or_default();
            den.fill(0.0);
            for &u in members {
                let src = u * times;
                let n = self.numerators.get(src..src + times).unwrap_or_default();
                let d = self.denominators.get(src..src + times).unwrap_or_default();
                for (j, (((sn, sd), &n), &d)) in num.iter_mut().zip(den.iter_mut()).zip(n).zip(d).enumerate() {
                    if !(n.is_finite() && d.is_finite()) {
                        continue;
                    }
                    if d < 0.0 {
                        negative = Some(negative.map_or(src + j, |i| i.min(src + j)));
                        continue;
                    }
                    *sn += n;
                    *sd += d;
                }
            }
            for (n, d) in num.iter_mut().zip(&den) {
                *n = if *d > 0.0 { self.scale * *n / d } else { f64::NAN };
            }
        }
        negative
    }
}

/// Runs `work` on every chunk of `out` (`chunk` entries each): across rayon's threads with the `parallel`
/// feature, else in order; the lowest index any chunk reports.
fn run_rollup_blocks<F>(out: &mut [f64], chunk: usize, work: F) -> Option<usize>
where
    F: Fn(usize, &mut [f64]) -> Option<usize> + Sync + Send,
{
    #[cfg(all(feature = "parallel", not(target_arch = "wasm32")))]
    {
        use rayon::prelude::*;
        out.par_chunks_mut(chunk).enumerate().filter_map(|(b, c)| work(b, c)).min()
    }
    #[cfg(not(all(feature = "parallel", not(target_arch = "wasm32"))))]
    {
        out.chunks_mut(chunk).enumerate().filter_map(|(b, c)| work(b, c)).min()
    }
}
