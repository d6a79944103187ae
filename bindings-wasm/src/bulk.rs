//! Many cells at once over typed arrays: `evaluateBulk` (the core's `bulk::evaluate_into`) and
//! `rollupRatioOfSums`. Columns are copied into the module once, evaluated in one core call, and the
//! results come back as fresh typed arrays owned by JavaScript (nothing to free), or are copied into the
//! typed arrays of a previous result passed as `out`, which repeated calls reuse.

use chitieu::calc::bulk::{evaluate_into, rollup_ratio_of_sums, CellResults, SeriesTable};
use chitieu::calc::milestone::Curve;
use js_sys::{Float64Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;

use crate::error::{chitieu_error, to_js_error};
use crate::support::{f64_column, f64s, number, put, read_argument, too_large, u8s, vec_of, whole, wrong};

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
    let curve: Curve = if curve.is_undefined() { Curve::Linear } else { read_argument(curve, "curve")? };
    let bounds: Option<(f64, f64)> = read_argument(bounds, "bounds")?;
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
    // Reserve the output columns first, so that a table too large for the module's memory is an error
    // rather than an abort.
    let n_cells = values.len();
    let mut cells = CellResults::default();
    for col in [
        &mut cells.milestone,
        &mut cells.gap,
        &mut cells.percent_of_target,
        &mut cells.progress_from_baseline,
        &mut cells.ratio,
        &mut cells.score,
    ] {
        col.try_reserve_exact(n_cells).map_err(|_| too_large("values", n_cells))?;
    }
    for col in [&mut cells.attained, &mut cells.category] {
        col.try_reserve_exact(n_cells).map_err(|_| too_large("values", n_cells))?;
    }
    evaluate_into(&table, curve, bounds, &mut cells).map_err(to_js_error)?;
    if out.is_undefined() || out.is_null() {
        return Ok(results(&cells));
    }
    write_into(&out, &cells)?;
    Ok(out)
}

/// Copies the results into the typed arrays of `out`, each checked for its type and length first.
fn write_into(out: &JsValue, cells: &CellResults) -> Result<(), JsValue> {
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
    let floats = [
        ("milestone", &cells.milestone),
        ("gap", &cells.gap),
        ("percent_of_target", &cells.percent_of_target),
        ("progress_from_baseline", &cells.progress_from_baseline),
        ("ratio", &cells.ratio),
        ("score", &cells.score),
    ];
    let codes = [("attained", &cells.attained), ("category", &cells.category), ("curve_used", &cells.curve_used)];
    let mut targets_f = Vec::new();
    for (key, column) in floats {
        let a = array(key, column.len())?;
        let typed = a.dyn_into::<Float64Array>().map_err(|_| wrong_out(key, "a Float64Array"))?;
        targets_f.push((typed, column));
    }
    let mut targets_u = Vec::new();
    for (key, column) in codes {
        let a = array(key, column.len())?;
        let typed = a.dyn_into::<Uint8Array>().map_err(|_| wrong_out(key, "a Uint8Array"))?;
        targets_u.push((typed, column));
    }
    // Every array is checked before any is written.
    targets_f.iter().for_each(|(typed, column)| typed.copy_from(column));
    targets_u.iter().for_each(|(typed, column)| typed.copy_from(column));
    Ok(())
}

fn wrong_out(key: &str, expected: &str) -> JsValue {
    let path = format!("out.{key}");
    chitieu_error("wrong_type", &format!("{path} is not {expected}, the type evaluateBulk returns"), Some(&path))
}

/// The output columns as fresh typed arrays owned by JavaScript.
fn results(out: &CellResults) -> JsValue {
    let result = Object::new();
    put(&result, "milestone", &f64s(&out.milestone));
    put(&result, "attained", &u8s(&out.attained));
    put(&result, "gap", &f64s(&out.gap));
    put(&result, "percent_of_target", &f64s(&out.percent_of_target));
    put(&result, "progress_from_baseline", &f64s(&out.progress_from_baseline));
    put(&result, "ratio", &f64s(&out.ratio));
    put(&result, "score", &f64s(&out.score));
    put(&result, "category", &u8s(&out.category));
    put(&result, "curve_used", &u8s(&out.curve_used));
    result.into()
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
fn count(value: &JsValue, what: &str) -> Result<usize, JsValue> {
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
