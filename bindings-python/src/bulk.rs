//! Many cells at once over numpy arrays: the columns go to the core in one call, with the GIL
//! released while it runs. C-contiguous float64 input is read in place; other layouts (slices, views,
//! Fortran order, other dtypes) are copied once into row-major order.

use std::borrow::Cow;

use numpy::ndarray::Dimension;
use numpy::{
    AllowTypeChange, Element, PyArray1, PyArrayDyn, PyArrayLike1, PyArrayLikeDyn, PyArrayMethods, PyReadwriteArrayDyn,
    PyUntypedArrayMethods,
};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use chitieu::calc::bulk::{
    evaluate_columns, evaluate_into, rollup_ratio_of_sums as core_rollup, CellColumns, CellResults, SeriesTable,
};
use chitieu::calc::milestone::Curve;
use chitieu::ProblemCode;

use crate::error::{to_py_err, BadArgument};
use crate::support::name;

/// The array's elements in row-major order: in place when C-contiguous, else one copy.
fn row_major<'a, T: Element + Copy, D: Dimension>(a: &'a numpy::PyReadonlyArray<'_, T, D>) -> Cow<'a, [T]> {
    if a.is_c_contiguous() {
        if let Ok(s) = a.as_slice() {
            return Cow::Borrowed(s);
        }
    }
    Cow::Owned(a.as_array().iter().copied().collect())
}

/// Integer codes narrowed to the core's type; a code that does not fit becomes the type's maximum,
/// which the core reports as `invalid_code` at that index (never silently wrapped to a valid code).
fn codes<T: TryFrom<i64> + Copy>(a: &PyArrayLike1<'_, i64, AllowTypeChange>, out_of_range: T) -> Vec<T> {
    a.as_array().iter().map(|&c| T::try_from(c).unwrap_or(out_of_range)).collect()
}

/// A flat row-major vector as a `rows × cols` numpy array, without copying.
pub fn array2<'py, T: Element>(py: Python<'py>, v: Vec<T>, rows: usize, cols: usize) -> PyResult<Bound<'py, PyAny>> {
    let a = PyArray1::from_vec(py, v);
    Ok(a.reshape([rows, cols])?.into_any())
}

/// Evaluates every (series, time) cell: milestone, attainment, gap, percent of target, progress from
/// baseline, growth-rate ratio, category and score, by the same rules as the scalar functions.
///
/// Per-series columns (`baseline_t`, `baseline`, `target_t`, `target`, `comparator` codes 0 at_least,
/// 1 more_than, 2 reach, 3 at_most, 4 less_than, 5 about, `polarity` 1 or -1) have one entry per series;
/// `times` one per column; `values` is `series × times` (2-D, or flat row-major), NaN where there is no
/// value. Returns a dict of 2-D arrays (`series × times`): milestone, attained (uint8: 1 yes, 0 no,
/// 2 no value), gap, percent_of_target, progress_from_baseline, ratio, score, category (uint8: 0 target
/// achieved, 1 substantial, 2 moderate, 3 limited, 4 deterioration, 5 not assessable); and curve_used
/// (uint8 per series: 0 linear, 1 compound, 2 logistic, 3 step). Pass a previous result as `out` to have
/// the arrays rewritten in place (same shapes): repeated calls then allocate nothing.
///
/// >>> import numpy as np
/// >>> out = chitieu.evaluate_cells([2022.0], [62.0], [2025.0], [90.0], [0], [1], [2023.0, 2024.0], [[70.0, np.nan]])
/// >>> out["milestone"].round(3).tolist(), out["attained"].tolist()
/// ([[71.333, 80.667]], [[0, 2]])
#[pyfunction]
#[pyo3(signature = (baseline_t, baseline, target_t, target, comparator, polarity, times, values, curve="linear", bounds=None, out=None))]
#[allow(clippy::too_many_arguments)]
pub fn evaluate_cells<'py>(
    py: Python<'py>,
    baseline_t: PyArrayLike1<'py, f64, AllowTypeChange>,
    baseline: PyArrayLike1<'py, f64, AllowTypeChange>,
    target_t: PyArrayLike1<'py, f64, AllowTypeChange>,
    target: PyArrayLike1<'py, f64, AllowTypeChange>,
    comparator: PyArrayLike1<'py, i64, AllowTypeChange>,
    polarity: PyArrayLike1<'py, i64, AllowTypeChange>,
    times: PyArrayLike1<'py, f64, AllowTypeChange>,
    values: PyArrayLikeDyn<'py, f64, AllowTypeChange>,
    curve: &str,
    bounds: Option<(f64, f64)>,
    out: Option<Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyDict>> {
    let curve: Curve = name(curve, "curve")?;
    let comparator: Vec<u8> = codes(&comparator, u8::MAX);
    let polarity: Vec<i8> = codes(&polarity, i8::MAX);
    let (baseline_t, baseline, target_t, target, times, values) = (
        row_major(&baseline_t),
        row_major(&baseline),
        row_major(&target_t),
        row_major(&target),
        row_major(&times),
        row_major(&values),
    );
    let table = SeriesTable {
        baseline_t: &baseline_t,
        baseline: &baseline,
        target_t: &target_t,
        target: &target,
        comparator: &comparator,
        polarity: &polarity,
        times: &times,
        values: &values,
    };
    let (n, m) = (table.baseline.len(), table.times.len());
    if let Some(d) = out {
        // Reuse the caller's arrays (a previous result): no 100 MB allocation per call.
        let f = |key: &str| -> PyResult<PyReadwriteArrayDyn<'py, f64>> { out_array(&d, key) };
        let u = |key: &str| -> PyResult<PyReadwriteArrayDyn<'py, u8>> { out_array(&d, key) };
        let (mut ms, mut at, mut gap, mut pot, mut pr, mut ratio, mut score, mut cat, mut cu) = (
            f("milestone")?,
            u("attained")?,
            f("gap")?,
            f("percent_of_target")?,
            f("progress_from_baseline")?,
            f("ratio")?,
            f("score")?,
            u("category")?,
            u("curve_used")?,
        );
        let columns = CellColumns {
            milestone: out_slice(&mut ms, "milestone")?,
            attained: out_slice(&mut at, "attained")?,
            gap: out_slice(&mut gap, "gap")?,
            percent_of_target: out_slice(&mut pot, "percent_of_target")?,
            progress_from_baseline: out_slice(&mut pr, "progress_from_baseline")?,
            ratio: out_slice(&mut ratio, "ratio")?,
            score: out_slice(&mut score, "score")?,
            category: out_slice(&mut cat, "category")?,
            curve_used: out_slice(&mut cu, "curve_used")?,
        };
        py.detach(|| evaluate_columns(&table, curve, bounds, columns)).map_err(to_py_err)?;
        return Ok(d);
    }
    let mut out = CellResults::default();
    py.detach(|| evaluate_into(&table, curve, bounds, &mut out)).map_err(to_py_err)?;
    let d = PyDict::new(py);
    let CellResults {
        milestone,
        attained,
        gap,
        percent_of_target,
        progress_from_baseline,
        ratio,
        score,
        category,
        curve_used,
    } = out;
    d.set_item("milestone", array2(py, milestone, n, m)?)?;
    d.set_item("attained", array2(py, attained, n, m)?)?;
    d.set_item("gap", array2(py, gap, n, m)?)?;
    d.set_item("percent_of_target", array2(py, percent_of_target, n, m)?)?;
    d.set_item("progress_from_baseline", array2(py, progress_from_baseline, n, m)?)?;
    d.set_item("ratio", array2(py, ratio, n, m)?)?;
    d.set_item("score", array2(py, score, n, m)?)?;
    d.set_item("category", array2(py, category, n, m)?)?;
    d.set_item("curve_used", PyArray1::from_vec(py, curve_used))?;
    Ok(d)
}

/// One output array of `out`: present, of the right dtype and writable.
fn out_array<'py, T: Element>(d: &Bound<'py, PyDict>, key: &str) -> PyResult<PyReadwriteArrayDyn<'py, T>> {
    let path = format!("out[{key:?}]");
    let item = d.get_item(key)?.ok_or_else(|| {
        to_py_err(BadArgument::new(
            ProblemCode::MissingField,
            &path,
            format!("out has no array {key:?}; pass a previous result of evaluate_cells"),
        ))
    })?;
    let array = item.cast_into::<PyArrayDyn<T>>().map_err(|_| {
        to_py_err(BadArgument::new(
            ProblemCode::WrongType,
            &path,
            format!("out[{key:?}] is not a numpy array of the dtype evaluate_cells returns"),
        ))
    })?;
    array.try_readwrite().map_err(|_| {
        to_py_err(BadArgument::new(ProblemCode::WrongType, &path, format!("out[{key:?}] is not writable")))
    })
}

/// The array's memory as a slice: it must be C-contiguous (the core's row-major order).
fn out_slice<'a, T: Element>(a: &'a mut PyReadwriteArrayDyn<'_, T>, key: &str) -> PyResult<&'a mut [T]> {
    a.as_slice_mut().map_err(|_| {
        to_py_err(BadArgument::new(
            ProblemCode::WrongType,
            format!("out[{key:?}]"),
            format!("out[{key:?}] is not C-contiguous"),
        ))
    })
}

/// Rolls units up to groups as ratios of sums, per time column: `numerators` and `denominators` are
/// `units × times` (2-D, or flat with `times` given), NaN where a unit reported nothing; `group[u]` is
/// the group (0..groups-1) of unit `u`. Returns a `groups × times` array, NaN where a group's
/// denominators add up to zero.
///
/// >>> chitieu.rollup_ratio_of_sums([[9.0], [500.0]], [[10.0], [1000.0]], [0, 0], 1, scale=100.0).round(4).tolist()
/// [[50.396]]
#[pyfunction]
#[pyo3(signature = (numerators, denominators, group, groups, scale=1.0, times=None))]
pub fn rollup_ratio_of_sums<'py>(
    py: Python<'py>,
    numerators: PyArrayLikeDyn<'py, f64, AllowTypeChange>,
    denominators: PyArrayLikeDyn<'py, f64, AllowTypeChange>,
    group: PyArrayLike1<'py, i64, AllowTypeChange>,
    groups: usize,
    scale: f64,
    times: Option<usize>,
) -> PyResult<Bound<'py, PyAny>> {
    let times = match (times, numerators.ndim(), numerators.shape().last()) {
        (Some(t), _, _) => t,
        (None, 2, Some(&t)) => t,
        _ => 1,
    };
    let group: Vec<u32> = codes(&group, u32::MAX);
    let (num, den) = (row_major(&numerators), row_major(&denominators));
    let out = py.detach(|| core_rollup(&num, &den, &group, groups, times, scale)).map_err(to_py_err)?;
    array2(py, out, groups, times)
}
