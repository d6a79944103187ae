//! Many cells at once over typed arrays: `evaluateBulk` (the core's `bulk::evaluate_streamed`) and
//! `rollupRatioOfSums`. The input columns are copied into the module once; the kernel runs a block of 256
//! series at a time and each block's results are copied into typed arrays owned by JavaScript (fresh ones,
//! or those of a previous result passed as `out`, which repeated calls reuse), so the module never holds
//! more than one block of output.

use chitieu::calc::bulk::{evaluate_streamed, rollup_ratio_of_sums, CellResults, SeriesTable};
use chitieu::calc::milestone::Curve;
use js_sys::{Float64Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;

use crate::error::{chitieu_error, to_js_error};
use crate::support::{f64_column, number, put, read_argument, too_large, vec_of, whole, wrong};

/// A column of small integer codes from its typed array or a plain array of whole numbers.
fn int_column<T: Copy + Default + TryFrom<i64>>(
    value: &JsValue,
    what: &str,
    expected: &str,
) -> Result<Vec<T>, JsValue> {
    let numbers = f64_column(value, what)?;
    let mut out = vec_of(numbers.len(), T::default(), what)?;
    for (i, (slot, n)) in out.iter_mut().zip(&numbers).enumerate() {
        let whole = n.fract() == 0.0 && n.abs() <= 9.0e15;
        *slot = whole.then(|| T::try_from(*n as i64).ok()).flatten().ok_or_else(|| wrong(what, i, expected))?;
    }
    Ok(out)
}

fn column(table: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    if !table.is_object() {
        return Err(chitieu_error("wrong_type", "table is not an object; expected a SeriesTable", Some("table")));
    }
    let value = Reflect::get(table, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    if value.is_undefined() {
        return Err(chitieu_error("missing_field", &format!("table.{key} is missing"), Some(key)));
    }
    Ok(value)
}

/// An optional column: `None` when absent, `undefined` or `null`.
fn optional_column(table: &JsValue, key: &str) -> Option<JsValue> {
    let value = Reflect::get(table, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    (!value.is_undefined() && !value.is_null()).then_some(value)
}

/// Evaluates every cell of `table`: milestone, attainment, gap, percent of target, progress from
/// baseline, progress ratio, category and score, as typed arrays (`series × times`, row-major); each
/// series by the method of its `kind` (optional). With `out` (a previous result), the results are
/// copied into its arrays and `out` is returned.
#[wasm_bindgen(js_name = evaluateBulk, unchecked_return_type = "BulkResult")]
pub fn evaluate_bulk(
    #[wasm_bindgen(unchecked_param_type = "SeriesTable")] table: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Curve")] curve: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "[number, number] | null")] bounds: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "BulkResult")] out: JsValue,
) -> Result<JsValue, JsValue> {
    let (curve, bounds) = curve_and_bounds(curve, bounds)?;
    let baseline_t = f64_column(&column(&table, "baseline_t")?, "baseline_t")?;
    let baseline = f64_column(&column(&table, "baseline")?, "baseline")?;
    let target_t = f64_column(&column(&table, "target_t")?, "target_t")?;
    let target = f64_column(&column(&table, "target")?, "target")?;
    let comparator: Vec<u8> = int_column(&column(&table, "comparator")?, "comparator", "a comparator code 0..5")?;
    let polarity: Vec<i8> = int_column(&column(&table, "polarity")?, "polarity", "1 or -1")?;
    let times = f64_column(&column(&table, "times")?, "times")?;
    let values = f64_column(&column(&table, "values")?, "values")?;
    let codes = |key: &str, expected: &str| -> Result<Vec<u32>, JsValue> {
        optional_column(&table, key).map_or(Ok(Vec::new()), |c| int_column(&c, key, expected))
    };
    let kind: Vec<u8> =
        optional_column(&table, "kind").map_or(Ok(Vec::new()), |c| int_column(&c, "kind", "a kind code 0..3"))?;
    let baseline_field = codes("baseline_field", "a field size from 0")?;
    let field = codes("field", "a field size from 0")?;
    let table = SeriesTable {
        baseline_t: &baseline_t,
        baseline: &baseline,
        target_t: &target_t,
        target: &target,
        comparator: &comparator,
        polarity: &polarity,
        times: &times,
        values: &values,
        kind: &kind,
        baseline_field: &baseline_field,
        field: &field,
    };
    // The table is checked before anything is written, so that its errors come first and `out` is left as
    // it was; then the kernel runs a block of rows at a time and each block is copied into the typed arrays
    // while it is in the cache: the module holds one block of output, never the whole (110 MB for the
    // national workload, which its memory would keep for good, since wasm32 memory never shrinks).
    let (n, m) = table.shape().map_err(to_js_error)?;
    let cells = n.checked_mul(m).ok_or_else(|| too_large("values", values.len()))?;
    let given = !(out.is_undefined() || out.is_null());
    let arrays = if given { OutArrays::of(&out, cells, n)? } else { OutArrays::fresh(cells, n)? };
    let mut scratch = CellResults::default();
    evaluate_streamed(&table, curve, bounds, &mut scratch, |first, block| arrays.write(first * m, first, block))
        .map_err(to_js_error)?;
    Ok(if given { out } else { arrays.into_object() })
}

/// The curve (linear when absent) and the bounds (none when absent or null) of a bulk evaluation's arguments.
pub(crate) fn curve_and_bounds(curve: JsValue, bounds: JsValue) -> Result<(Curve, Option<(f64, f64)>), JsValue> {
    let curve = if curve.is_undefined() { Curve::Linear } else { read_argument(curve, "curve")? };
    Ok((curve, read_argument(bounds, "bounds")?))
}

/// The typed arrays the results are written into: a previous result's, or fresh ones.
struct OutArrays {
    milestone: Float64Array,
    attained: Uint8Array,
    gap: Float64Array,
    percent_of_target: Float64Array,
    progress_from_baseline: Float64Array,
    ratio: Float64Array,
    score: Float64Array,
    category: Uint8Array,
    curve_used: Uint8Array,
}

impl OutArrays {
    /// The arrays of `out`, each checked for its type and length before any is written.
    fn of(out: &JsValue, cells: usize, series: usize) -> Result<Self, JsValue> {
        let array = |key: &str, len: usize| -> Result<JsValue, JsValue> {
            let path = format!("out.{key}");
            let value = if out.is_object() { Reflect::get(out, &JsValue::from_str(key)).ok() } else { None };
            let value = value.filter(|v| !v.is_undefined()).ok_or_else(|| {
                chitieu_error("missing_field", &format!("{path} is missing; pass a previous result"), Some(&path))
            })?;
            let got = Reflect::get(&value, &JsValue::from_str("length")).ok().and_then(|l| l.as_f64());
            if got != Some(len as f64) {
                let message = format!("{path} has {} entries; expected {len}", got.unwrap_or(0.0));
                return Err(chitieu_error("length_mismatch", &message, Some(&path)));
            }
            Ok(value)
        };
        let floats = |key: &str| -> Result<Float64Array, JsValue> {
            array(key, cells)?.dyn_into::<Float64Array>().map_err(|_| wrong_out(key, "a Float64Array"))
        };
        let codes = |key: &str, len: usize| -> Result<Uint8Array, JsValue> {
            array(key, len)?.dyn_into::<Uint8Array>().map_err(|_| wrong_out(key, "a Uint8Array"))
        };
        Ok(Self {
            milestone: floats("milestone")?,
            attained: codes("attained", cells)?,
            gap: floats("gap")?,
            percent_of_target: floats("percent_of_target")?,
            progress_from_baseline: floats("progress_from_baseline")?,
            ratio: floats("ratio")?,
            score: floats("score")?,
            category: codes("category", cells)?,
            curve_used: codes("curve_used", series)?,
        })
    }

    /// Fresh arrays owned by JavaScript (zeroed by the engine, written once by [`OutArrays::write`]).
    fn fresh(cells: usize, series: usize) -> Result<Self, JsValue> {
        // A typed array's length is at most 2^32 - 1 here; larger calls never get this far (their input
        // columns do not fit in the module's memory), but the conversion is checked all the same.
        let length = |len: usize| u32::try_from(len).map_err(|_| too_large("values", len));
        let (cells, series) = (length(cells)?, length(series)?);
        Ok(Self {
            milestone: Float64Array::new_with_length(cells),
            attained: Uint8Array::new_with_length(cells),
            gap: Float64Array::new_with_length(cells),
            percent_of_target: Float64Array::new_with_length(cells),
            progress_from_baseline: Float64Array::new_with_length(cells),
            ratio: Float64Array::new_with_length(cells),
            score: Float64Array::new_with_length(cells),
            category: Uint8Array::new_with_length(cells),
            curve_used: Uint8Array::new_with_length(series),
        })
    }

    /// Copies a block of results, its first cell `cell` and first series `series`, into the arrays.
    fn write(&self, cell: usize, series: usize, block: &CellResults) {
        fn put_f64(array: &Float64Array, at: usize, values: &[f64]) {
            array.subarray(at as u32, (at + values.len()) as u32).copy_from(values);
        }
        fn put_u8(array: &Uint8Array, at: usize, values: &[u8]) {
            array.subarray(at as u32, (at + values.len()) as u32).copy_from(values);
        }
        put_f64(&self.milestone, cell, &block.milestone);
        put_u8(&self.attained, cell, &block.attained);
        put_f64(&self.gap, cell, &block.gap);
        put_f64(&self.percent_of_target, cell, &block.percent_of_target);
        put_f64(&self.progress_from_baseline, cell, &block.progress_from_baseline);
        put_f64(&self.ratio, cell, &block.ratio);
        put_f64(&self.score, cell, &block.score);
        put_u8(&self.category, cell, &block.category);
        put_u8(&self.curve_used, series, &block.curve_used);
    }

    /// The arrays as a result object.
    fn into_object(self) -> JsValue {
        let result = Object::new();
        put(&result, "milestone", &self.milestone);
        put(&result, "attained", &self.attained);
        put(&result, "gap", &self.gap);
        put(&result, "percent_of_target", &self.percent_of_target);
        put(&result, "progress_from_baseline", &self.progress_from_baseline);
        put(&result, "ratio", &self.ratio);
        put(&result, "score", &self.score);
        put(&result, "category", &self.category);
        put(&result, "curve_used", &self.curve_used);
        result.into()
    }
}

fn wrong_out(key: &str, expected: &str) -> JsValue {
    let path = format!("out.{key}");
    chitieu_error("wrong_type", &format!("{path} is not {expected}, the type evaluateBulk returns"), Some(&path))
}

/// Rolls units up to groups as ratios of sums, per time column: `numerators` and `denominators` are
/// `units × times` (`NaN` where a unit reported nothing), `group[u]` the group of unit `u`; the result is
/// `groups × times`, `NaN` where a group's denominators add up to zero.
#[wasm_bindgen(js_name = rollupRatioOfSums)]
pub fn rollup(
    #[wasm_bindgen(unchecked_param_type = "ArrayLike<number>")] numerators: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ArrayLike<number>")] denominators: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ArrayLike<number>")] group: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] groups: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] times: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] scale: JsValue,
) -> Result<Float64Array, JsValue> {
    let n = f64_column(&numerators, "numerators")?;
    let d = f64_column(&denominators, "denominators")?;
    let g: Vec<u32> = int_column(&group, "group", "a group index")?;
    let groups = count(&groups, "groups")?;
    let times = count(&times, "times")?;
    let out = rollup_ratio_of_sums(&n, &d, &g, groups, times, number(&scale, "scale")?).map_err(to_js_error)?;
    Ok(Float64Array::from(out.as_slice()))
}

/// A count argument (groups, times): a whole number, at least 0, that fits in memory.
pub(crate) fn count(value: &JsValue, what: &str) -> Result<usize, JsValue> {
    let n = whole(value, what)?;
    if n < 0.0 {
        Err(chitieu_error("value_out_of_range", &format!("{what} is {n}; expected a count of at least 0"), Some(what)))
    } else if n <= f64::from(u32::MAX) {
        Ok(n as usize)
    } else {
        // The same code as the core gives where a count fits in a machine word but not in memory.
        Err(chitieu_error("too_large", &format!("{what} is {n}; expected a count below 2^32"), Some(what)))
    }
}
