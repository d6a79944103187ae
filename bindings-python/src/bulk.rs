//! Many cells at once over numpy arrays (or anything numpy reads as one): the columns go to the core in
//! one call, with the GIL released while it runs.
//!
//! Arrays are checked dimension by dimension before the core sees them: per-series columns, codes and
//! `times` are 1-D; `values` is `series × times` (or flat, series after series), so its transpose is
//! refused rather than read because its length matches; a roll-up's `numerators` and `denominators` are
//! `units × times` (or flat) and of one shape. Numbers come in any dtype numpy converts exactly to float64
//! (floats, integers, booleans, objects holding numbers or None); text, dates and complex numbers are
//! refused. Codes (comparator, polarity, group) are whole numbers: `3` or `3.0`, never `3.9`, and a code
//! out of range is reported as given (`-1`, not 255). C-contiguous float64 input is read in place; other
//! layouts are copied once into row-major order. Output arrays passed as `out` may have any layout.

use std::fmt;

use numpy::{
    Element, PyArray1, PyArray2, PyArrayDescrMethods, PyArrayDyn, PyArrayMethods, PyReadonlyArrayDyn, PyUntypedArray,
    PyUntypedArrayMethods,
};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

use chitieu::calc::bulk::{
    evaluate_columns, evaluate_into, rollup_ratio_of_sums as core_rollup, CellColumns, CellResults, SeriesTable,
};
use chitieu::calc::milestone::Curve;
use chitieu::{ChitieuError, ProblemCode};

use crate::error::{to_py_err, BadArgument, Class, ErrorClass};
use crate::support::{count, name, short_repr, Text};

/// A code that is not one: not a whole number, or outside the core's type (`-1` for a comparator), as
/// given. Codes inside the type are the core's to judge.
#[derive(Debug, Clone, PartialEq, Eq)]
struct InvalidCode {
    column: &'static str,
    index: usize,
    given: String,
    expected: &'static str,
}

impl fmt::Display for InvalidCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The core's words for a code out of range (`BulkError::InvalidCode`).
        write!(f, "{}[{}] is {}, not a valid code; expected {}", self.column, self.index, self.given, self.expected)
    }
}

impl std::error::Error for InvalidCode {}

impl ChitieuError for InvalidCode {
    fn code(&self) -> &'static str {
        "invalid_code"
    }

    fn path(&self) -> Option<String> {
        Some(format!("{}[{}]", self.column, self.index))
    }
}

impl ErrorClass for InvalidCode {
    const CLASS: Class = Class::Bulk;
}

/// An array whose shape does not fit the others: `length_mismatch`, as the core says of a column of the
/// wrong length, with a message naming the dimension.
#[derive(Debug, Clone, PartialEq, Eq)]
struct WrongShape {
    path: String,
    message: String,
}

impl fmt::Display for WrongShape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WrongShape {}

impl ChitieuError for WrongShape {
    fn code(&self) -> &'static str {
        "length_mismatch"
    }

    fn path(&self) -> Option<String> {
        Some(self.path.clone())
    }
}

impl ErrorClass for WrongShape {
    const CLASS: Class = Class::Bulk;
}

fn wrong_shape(path: impl Into<String>, message: String) -> PyErr {
    to_py_err(WrongShape { path: path.into(), message })
}

/// A shape as Python writes it: `(3, 2)`, `(3,)`, `()`.
fn tuple(shape: &[usize]) -> String {
    match shape {
        [one] => format!("({one},)"),
        _ => format!("({})", shape.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")),
    }
}

fn wrong_type(path: &str, message: String) -> PyErr {
    to_py_err(BadArgument::new(ProblemCode::WrongType, path, message))
}

/// An input column of numbers with its shape: in place when the input is a C-contiguous float64 array,
/// else converted once.
struct Numbers<'py> {
    name: &'static str,
    shape: Vec<usize>,
    array: Option<PyReadonlyArrayDyn<'py, f64>>,
    owned: Vec<f64>,
}

impl Numbers<'_> {
    /// The numbers in row-major order.
    fn values(&self) -> PyResult<&[f64]> {
        match &self.array {
            Some(a) => {
                a.as_slice().map_err(|_| wrong_type(self.name, format!("{}: not a contiguous array", self.name)))
            }
            None => Ok(&self.owned),
        }
    }

    fn one_dimensional(self) -> PyResult<Self> {
        one_dimensional(self.name, &self.shape)?;
        Ok(self)
    }
}

fn one_dimensional(name: &str, shape: &[usize]) -> PyResult<()> {
    if shape.len() == 1 {
        Ok(())
    } else {
        Err(wrong_shape(
            name,
            format!("{name} has {} dimension(s) (shape {}); expected a 1-D array", shape.len(), tuple(shape)),
        ))
    }
}

/// `numpy.asarray(obj)`; what numpy cannot read as an array (ragged lists) is `wrong_type` at `name`.
fn as_array<'py>(obj: &Bound<'py, PyAny>, name: &str) -> PyResult<Bound<'py, PyUntypedArray>> {
    let read = || -> PyResult<Bound<'py, PyUntypedArray>> {
        Ok(obj.py().import("numpy")?.call_method1("asarray", (obj,))?.cast_into::<PyUntypedArray>()?)
    };
    read().map_err(|e| {
        wrong_type(name, format!("{name}: cannot be read as an array ({e}); expected an array of numbers"))
    })
}

/// The array as a C-contiguous array of `T` (`dtype` its numpy name), converted once if need be.
fn contiguous<'py, T: Element>(
    array: &Bound<'py, PyUntypedArray>,
    dtype: &str,
) -> PyResult<PyReadonlyArrayDyn<'py, T>> {
    let np = array.py().import("numpy")?;
    let kwargs = PyDict::new(array.py());
    kwargs.set_item("dtype", np.getattr(dtype)?)?;
    let converted = np.call_method("ascontiguousarray", (array,), Some(&kwargs))?.cast_into::<PyArrayDyn<T>>()?;
    converted.try_readonly().map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))
}

/// `name[i]`, or `name[r][c]` in an array of more dimensions (`i` counts in row-major order).
fn element_path(name: &str, shape: &[usize], i: usize) -> String {
    let mut index = Vec::with_capacity(shape.len());
    let mut rest = i;
    for &len in shape.iter().rev() {
        index.push(rest.checked_rem(len).unwrap_or(0));
        rest = rest.checked_div(len).unwrap_or(0);
    }
    let index: String = index.iter().rev().map(|i| format!("[{i}]")).collect();
    format!("{name}{index}")
}

fn dtype_name(array: &Bound<'_, PyUntypedArray>) -> String {
    array.dtype().str().map(|s| s.to_string()).unwrap_or_default()
}

/// A column of numbers from any array-like (see the module's notes on dtypes).
fn numbers<'py>(obj: &Bound<'py, PyAny>, name: &'static str) -> PyResult<Numbers<'py>> {
    let array = as_array(obj, name)?;
    let shape = array.shape().to_vec();
    match array.dtype().kind() {
        b'f' | b'i' | b'u' | b'b' => {
            Ok(Numbers { name, shape, array: Some(contiguous::<f64>(&array, "float64")?), owned: Vec::new() })
        }
        b'O' => {
            let mut owned = Vec::with_capacity(array.len());
            for (i, item) in array.call_method0("ravel")?.try_iter()?.enumerate() {
                owned.push(object_number(&item?, name, &shape, i)?);
            }
            Ok(Numbers { name, shape, array: None, owned })
        }
        _ => Err(wrong_type(
            name,
            format!("{name} is an array of dtype {}; expected numbers (floats or integers)", dtype_name(&array)),
        )),
    }
}

/// One element of an object array: a number, or None for no value; text is refused, not parsed.
fn object_number(item: &Bound<'_, PyAny>, name: &str, shape: &[usize], i: usize) -> PyResult<f64> {
    if item.is_none() {
        return Ok(f64::NAN);
    }
    let refuse = || {
        let path = element_path(name, shape, i);
        wrong_type(&path, format!("{path} is {}; expected a number", short_repr(item)))
    };
    if item.is_instance_of::<PyString>() || item.is_instance_of::<PyBytes>() {
        return Err(refuse());
    }
    item.extract::<f64>().map_err(|_| refuse())
}

/// A code read as a whole number, or the value as given when it is not one.
fn whole(f: f64) -> Result<i128, String> {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e30 {
        Ok(f as i128)
    } else {
        Err(format!("{f:?}"))
    }
}

/// A column of codes: whole numbers (integers, or floats such as 3.0) that fit the core's type `T`.
fn codes<T: TryFrom<i128>>(obj: &Bound<'_, PyAny>, name: &'static str, expected: &'static str) -> PyResult<Vec<T>> {
    let array = as_array(obj, name)?;
    one_dimensional(name, array.shape())?;
    let read: Vec<Result<i128, String>> = match array.dtype().kind() {
        b'i' | b'b' => contiguous::<i64>(&array, "int64")?.as_array().iter().map(|&c| Ok(i128::from(c))).collect(),
        b'u' => contiguous::<u64>(&array, "uint64")?.as_array().iter().map(|&c| Ok(i128::from(c))).collect(),
        b'f' => contiguous::<f64>(&array, "float64")?.as_array().iter().map(|&c| whole(c)).collect(),
        b'O' => {
            let mut read = Vec::with_capacity(array.len());
            for item in array.call_method0("ravel")?.try_iter()? {
                let item = item?;
                read.push(match item.extract::<i128>() {
                    Ok(n) => Ok(n),
                    Err(_) => item.extract::<f64>().map_err(|_| short_repr(&item)).and_then(whole),
                });
            }
            read
        }
        _ => {
            return Err(wrong_type(
                name,
                format!("{name} is an array of dtype {}; expected whole numbers ({expected})", dtype_name(&array)),
            ))
        }
    };
    read.into_iter()
        .enumerate()
        .map(|(index, code)| {
            code.and_then(|n| T::try_from(n).map_err(|_| n.to_string()))
                .map_err(|given| to_py_err(InvalidCode { column: name, index, given, expected }))
        })
        .collect()
}

/// A flat row-major vector as a `rows × cols` numpy array, without copying.
pub fn array2<'py, T: Element>(py: Python<'py>, v: Vec<T>, rows: usize, cols: usize) -> PyResult<Bound<'py, PyAny>> {
    let a = PyArray1::from_vec(py, v);
    Ok(a.reshape([rows, cols])?.into_any())
}

/// `values` must be `series × times` (`n × m`), or flat (its length is the core's to check).
fn check_values(values: &Numbers<'_>, n: usize, m: usize) -> PyResult<()> {
    let expected = format!("expected shape ({n}, {m}): {n} series (as many as baseline) × {m} times");
    match values.shape.as_slice() {
        [_] => Ok(()),
        &[rows, cols] => {
            let transposed = if rows == m && cols == n && rows != cols { " (transposed?)" } else { "" };
            if rows != n {
                return Err(wrong_shape(
                    "values",
                    format!(
                        "values has shape ({rows}, {cols}){transposed}: dimension 0 (series) has {rows} rows, not one \
                         per series; {expected}"
                    ),
                ));
            }
            if cols != m {
                return Err(wrong_shape(
                    "values",
                    format!(
                        "values has shape ({rows}, {cols}): dimension 1 (times) has {cols} columns, not one per time; \
                         {expected}"
                    ),
                ));
            }
            Ok(())
        }
        shape => Err(wrong_shape(
            "values",
            format!("values has {} dimension(s) (shape {}); {expected}, or flat", shape.len(), tuple(shape)),
        )),
    }
}

/// A column of rank fields, `series × times` (2-D, or flat), whole numbers from 0 (0: not given).
fn cell_codes(obj: &Bound<'_, PyAny>, name: &'static str, (n, m): (usize, usize)) -> PyResult<Vec<u32>> {
    let array = as_array(obj, name)?;
    let shape = array.shape().to_vec();
    if shape.len() == 2 && shape != [n, m] {
        return Err(wrong_shape(
            name,
            format!("{name} has shape {}; expected ({n}, {m}): series × times, like values", tuple(&shape)),
        ));
    }
    let flat = array.call_method1("reshape", (-1,))?;
    codes(&flat, name, "a field size from 0 (0: by year)")
}

/// Evaluates every (series, time) cell: milestone, attainment, gap, percent of target, progress from
/// baseline, progress ratio, category and score, by the same rules as the scalar functions, each series
/// by the method of its kind.
///
/// Per-series columns (`baseline_t`, `baseline`, `target_t`, `target`, `comparator` codes 0 at_least,
/// 1 more_than, 2 reach, 3 at_most, 4 less_than, 5 about, `polarity` 1 or -1) have one entry per series;
/// `times` one per column; `values` is `series × times` (2-D, checked dimension by dimension: its
/// transpose is refused; or flat, series after series), NaN where there is no value. Codes are whole
/// numbers: `3` or `3.0`; `3.9` is refused (`invalid_code`), as is a code out of range, reported as given.
/// Returns a dict of 2-D arrays (`series × times`): milestone, attained (uint8: 1 yes, 0 no, 2 no value),
/// gap, percent_of_target, progress_from_baseline, ratio, score, category (uint8: 0 target achieved,
/// 1 substantial, 2 moderate, 3 limited, 4 deterioration, 5 not assessable); and curve_used (uint8 per
/// series: 0 linear, 1 compound, 2 logistic, 3 step). `kind` (uint8 per series, optional: every series a
/// level or share) is the kind of each series' indicator, which decides its method: 0 level or share
/// (growth-rate ratio), 1 yearly rate (mean rate of the period from `baseline_t` against the target rate),
/// 2 cumulative change (straight path from 0 at `baseline_t`), 3 rank (positions gained a year against
/// those needed). For ranks, `baseline_field` (per series) and `field` (`series × times`) give the units
/// ranked, 0 where not given: 63 until 2023, 34 from 2024. Pass a previous result (or arrays of the same
/// shapes and dtypes, in any memory layout: C or Fortran order, views) as `out` to have them rewritten in
/// place; C-contiguous ones are written without allocating anything.
///
/// >>> import numpy as np
/// >>> out = chitieu.evaluate_cells([2022.0], [62.0], [2025.0], [90.0], [0], [1], [2023.0, 2024.0], [[70.0, np.nan]])
/// >>> out["milestone"].round(3).tolist(), out["attained"].tolist()
/// ([[71.333, 80.667]], [[0, 2]])
#[pyfunction]
#[pyo3(
    signature = (baseline_t, baseline, target_t, target, comparator, polarity, times, values, curve=Text::of("linear"), bounds=None, out=None, kind=None, baseline_field=None, field=None),
    text_signature = "(baseline_t, baseline, target_t, target, comparator, polarity, times, values, curve='linear', bounds=None, out=None, kind=None, baseline_field=None, field=None)"
)]
#[allow(clippy::too_many_arguments)]
pub fn evaluate_cells<'py>(
    py: Python<'py>,
    baseline_t: &Bound<'py, PyAny>,
    baseline: &Bound<'py, PyAny>,
    target_t: &Bound<'py, PyAny>,
    target: &Bound<'py, PyAny>,
    comparator: &Bound<'py, PyAny>,
    polarity: &Bound<'py, PyAny>,
    times: &Bound<'py, PyAny>,
    values: &Bound<'py, PyAny>,
    curve: Text,
    bounds: Option<(f64, f64)>,
    out: Option<Bound<'py, PyDict>>,
    kind: Option<Bound<'py, PyAny>>,
    baseline_field: Option<Bound<'py, PyAny>>,
    field: Option<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let curve: Curve = name(&curve, "curve")?;
    let baseline_t = numbers(baseline_t, "baseline_t")?.one_dimensional()?;
    let baseline = numbers(baseline, "baseline")?.one_dimensional()?;
    let target_t = numbers(target_t, "target_t")?.one_dimensional()?;
    let target = numbers(target, "target")?.one_dimensional()?;
    let comparator: Vec<u8> = codes(comparator, "comparator", "0..5")?;
    let polarity: Vec<i8> = codes(polarity, "polarity", "1 or -1")?;
    let times = numbers(times, "times")?.one_dimensional()?;
    let values = numbers(values, "values")?;
    let kind: Vec<u8> = kind.map(|k| codes(&k, "kind", "0..3")).transpose()?.unwrap_or_default();
    let baseline_field: Vec<u32> =
        baseline_field.map(|f| codes(&f, "baseline_field", "a field size from 0")).transpose()?.unwrap_or_default();
    let (n, m) = (baseline.shape.first().copied().unwrap_or(0), times.shape.first().copied().unwrap_or(0));
    let field: Vec<u32> = field.map(|f| cell_codes(&f, "field", (n, m))).transpose()?.unwrap_or_default();
    let table = SeriesTable {
        baseline_t: baseline_t.values()?,
        baseline: baseline.values()?,
        target_t: target_t.values()?,
        target: target.values()?,
        comparator: &comparator,
        polarity: &polarity,
        times: times.values()?,
        values: values.values()?,
        kind: &kind,
        baseline_field: &baseline_field,
        field: &field,
    };
    check_values(&values, n, m)?;
    if let Some(d) = out {
        evaluate_out(py, &d, &table, curve, bounds, (n, m))?;
        return Ok(d);
    }
    let d = fresh_out(py, n, m)?;
    evaluate_out(py, &d, &table, curve, bounds, (n, m))?;
    Ok(d)
}

/// Fresh output arrays for `n` series of `m` cells, from numpy's allocator: zeroed lazily by the operating
/// system, and on huge pages where numpy asks for them (it does for large arrays on Linux), so that writing
/// them once costs little more than writing arrays the caller reuses. The kernel then writes into them in
/// place, as into `out=`.
fn fresh_out(py: Python<'_>, n: usize, m: usize) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    for key in ["milestone", "gap", "percent_of_target", "progress_from_baseline", "ratio", "score"] {
        d.set_item(key, PyArray2::<f64>::zeros(py, [n, m], false))?;
    }
    for key in ["attained", "category"] {
        d.set_item(key, PyArray2::<u8>::zeros(py, [n, m], false))?;
    }
    d.set_item("curve_used", PyArray1::<u8>::zeros(py, n, false))?;
    Ok(d)
}

/// Evaluates into the arrays of `out`: in place when every one is C-contiguous (the core's row-major
/// order), else into fresh columns that numpy copies into each array (`numpy.copyto`), whatever its memory
/// layout (Fortran order, strided views).
fn evaluate_out<'py>(
    py: Python<'py>,
    d: &Bound<'py, PyDict>,
    table: &SeriesTable<'_>,
    curve: Curve,
    bounds: Option<(f64, f64)>,
    (n, m): (usize, usize),
) -> PyResult<()> {
    let cells = [n, m];
    let f = |key: &str| -> PyResult<Bound<'py, PyArrayDyn<f64>>> { out_array(d, key, &cells, "float64") };
    let u = |key: &str, shape: &[usize]| -> PyResult<Bound<'py, PyArrayDyn<u8>>> { out_array(d, key, shape, "uint8") };
    let (ms, at, gap, pot, pr, ratio, score, cat, cu) = (
        f("milestone")?,
        u("attained", &cells)?,
        f("gap")?,
        f("percent_of_target")?,
        f("progress_from_baseline")?,
        f("ratio")?,
        f("score")?,
        u("category", &cells)?,
        u("curve_used", &[n])?,
    );
    // C order only: `as_slice` also accepts a Fortran-ordered array, whose memory is not row-major.
    let in_place = [&ms, &gap, &pot, &pr, &ratio, &score].iter().all(|a| a.is_c_contiguous())
        && [&at, &cat, &cu].iter().all(|a| a.is_c_contiguous());
    if in_place {
        let writable = |key: &str| {
            wrong_type(&format!("out[{key:?}]"), format!("out[{key:?}] is passed twice, or is also an input"))
        };
        let (mut ms, mut at, mut gap, mut pot, mut pr, mut ratio, mut score, mut cat, mut cu) = (
            ms.try_readwrite().map_err(|_| writable("milestone"))?,
            at.try_readwrite().map_err(|_| writable("attained"))?,
            gap.try_readwrite().map_err(|_| writable("gap"))?,
            pot.try_readwrite().map_err(|_| writable("percent_of_target"))?,
            pr.try_readwrite().map_err(|_| writable("progress_from_baseline"))?,
            ratio.try_readwrite().map_err(|_| writable("ratio"))?,
            score.try_readwrite().map_err(|_| writable("score"))?,
            cat.try_readwrite().map_err(|_| writable("category"))?,
            cu.try_readwrite().map_err(|_| writable("curve_used"))?,
        );
        let columns = CellColumns {
            milestone: ms.as_slice_mut().unwrap_or_default(),
            attained: at.as_slice_mut().unwrap_or_default(),
            gap: gap.as_slice_mut().unwrap_or_default(),
            percent_of_target: pot.as_slice_mut().unwrap_or_default(),
            progress_from_baseline: pr.as_slice_mut().unwrap_or_default(),
            ratio: ratio.as_slice_mut().unwrap_or_default(),
            score: score.as_slice_mut().unwrap_or_default(),
            category: cat.as_slice_mut().unwrap_or_default(),
            curve_used: cu.as_slice_mut().unwrap_or_default(),
        };
        return py.detach(|| evaluate_columns(table, curve, bounds, columns)).map_err(to_py_err);
    }
    let mut fresh = CellResults::default();
    py.detach(|| evaluate_into(table, curve, bounds, &mut fresh)).map_err(to_py_err)?;
    let CellResults {
        milestone,
        attained,
        gap: gap_cells,
        percent_of_target,
        progress_from_baseline,
        ratio: ratio_cells,
        score: score_cells,
        category,
        curve_used,
    } = fresh;
    let copyto = py.import("numpy")?.getattr("copyto")?;
    for (array, column) in [
        (ms, milestone),
        (gap, gap_cells),
        (pot, percent_of_target),
        (pr, progress_from_baseline),
        (ratio, ratio_cells),
        (score, score_cells),
    ] {
        copyto.call1((array, array2(py, column, n, m)?))?;
    }
    for (array, column) in [(at, attained), (cat, category)] {
        copyto.call1((array, array2(py, column, n, m)?))?;
    }
    copyto.call1((cu, PyArray1::from_vec(py, curve_used)))?;
    Ok(())
}

/// One output array of `out`: present, of the dtype evaluate_cells returns, writable, of `shape`.
fn out_array<'py, T: Element>(
    d: &Bound<'py, PyDict>,
    key: &str,
    shape: &[usize],
    dtype: &str,
) -> PyResult<Bound<'py, PyArrayDyn<T>>> {
    let path = format!("out[{key:?}]");
    let item = d.get_item(key)?.ok_or_else(|| {
        to_py_err(BadArgument::new(
            ProblemCode::MissingField,
            &path,
            format!("out has no array {key:?}; pass a previous result of evaluate_cells"),
        ))
    })?;
    let array = item.cast_into::<PyArrayDyn<T>>().map_err(|_| {
        wrong_type(&path, format!("{path} is not a numpy array of {dtype}, the dtype evaluate_cells returns"))
    })?;
    if array.shape() != shape {
        return Err(wrong_shape(
            &path,
            format!("{path} has shape {}; expected {} (series × times)", tuple(array.shape()), tuple(shape)),
        ));
    }
    if !array.getattr("flags")?.getattr("writeable")?.is_truthy()? {
        return Err(wrong_type(&path, format!("{path} is read-only")));
    }
    Ok(array)
}

/// Rolls units up to groups as ratios of sums, per time column: `numerators` and `denominators` are
/// `units × times` (2-D, checked dimension by dimension, of one shape; or flat with `times` given), NaN
/// where a unit reported nothing; `group[u]` is the group (0..groups-1) of unit `u`, a whole number.
/// Returns a `groups × times` array, NaN where a group's denominators add up to zero.
///
/// >>> chitieu.rollup_ratio_of_sums([[9.0], [500.0]], [[10.0], [1000.0]], [0, 0], 1, scale=100.0).round(4).tolist()
/// [[50.396]]
#[pyfunction]
#[pyo3(signature = (numerators, denominators, group, groups, scale=1.0, times=None))]
pub fn rollup_ratio_of_sums<'py>(
    py: Python<'py>,
    numerators: &Bound<'py, PyAny>,
    denominators: &Bound<'py, PyAny>,
    group: &Bound<'py, PyAny>,
    groups: &Bound<'py, PyAny>,
    scale: f64,
    times: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let groups = count(groups, "groups")?;
    let times = times.map(|t| count(t, "times")).transpose()?;
    let num = numbers(numerators, "numerators")?;
    let den = numbers(denominators, "denominators")?;
    let group: Vec<u32> = codes(group, "group", "a group index below `groups`")?;
    let units = group.len();
    let times = match num.shape.as_slice() {
        [_] => times.unwrap_or(1),
        &[rows, cols] => {
            if rows != units {
                return Err(wrong_shape(
                    "numerators",
                    format!(
                        "numerators has shape ({rows}, {cols}): dimension 0 (units) has {rows} rows, not one per unit \
                         of group ({units}); expected units × times"
                    ),
                ));
            }
            match times {
                Some(t) if t != cols => {
                    return Err(wrong_shape(
                        "numerators",
                        format!(
                            "numerators has shape ({rows}, {cols}): dimension 1 (times) has {cols} columns, not \
                             times = {t}; expected units × times"
                        ),
                    ))
                }
                _ => cols,
            }
        }
        shape => {
            return Err(wrong_shape(
                "numerators",
                format!(
                    "numerators has {} dimension(s) (shape {}); expected units × times (2-D), or flat with times",
                    shape.len(),
                    tuple(shape)
                ),
            ))
        }
    };
    if den.shape != num.shape {
        return Err(wrong_shape(
            "denominators",
            format!(
                "denominators has shape {}; expected the shape of numerators, {}",
                tuple(&den.shape),
                tuple(&num.shape)
            ),
        ));
    }
    let (n, d) = (num.values()?, den.values()?);
    let out = py.detach(|| core_rollup(n, d, &group, groups, times, scale)).map_err(to_py_err)?;
    array2(py, out, groups, times)
}
