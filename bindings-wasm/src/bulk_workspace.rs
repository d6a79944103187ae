//! `BulkWorkspace`: the bulk columns kept in the module's own memory, for a caller that evaluates a table
//! of one shape again and again (a national view scored anew as its values come in). The caller writes the
//! input columns through views of the module's memory and reads the results through views too, so nothing
//! crosses the boundary; `evaluateBulk` copies every column in and every result out (135 MB for the national
//! workload, a fifth of its time in Node).
//!
//! A view of the module's memory is detached when the memory grows, which any call into the module that
//! allocates may do. So `inputs()` and `outputs()` make fresh views at each call, and `evaluate()` refuses
//! (code `detached_views`) when the memory grew after the last `inputs()`: what was written through those
//! views since would have been lost.
//!
//! The columns start so that a column left unwritten is an error, not a silent default: the per-series
//! numbers and `times` `NaN` (not finite), `comparator` 255 and `polarity` 0 (not codes); `values` start
//! `NaN` (no value), `kind` 0 (a level or share) and the fields 0 (taken from the year), which are the
//! defaults `evaluateBulk` gives its optional columns.

use chitieu::calc::bulk::{evaluate_columns, CellResults, SeriesTable};
use js_sys::{ArrayBuffer, Float64Array, Int8Array, Object, Uint32Array, Uint8Array, WebAssembly};
use wasm_bindgen::prelude::*;

use crate::bulk::{count, curve_and_bounds};
use crate::error::{chitieu_error, to_js_error};
use crate::support::{put, too_large, vec_of};

/// The input columns and the results of a table of `series × times` cells, in the module's memory.
#[wasm_bindgen]
pub struct BulkWorkspace {
    series: usize,
    times: usize,
    baseline_t: Vec<f64>,
    baseline: Vec<f64>,
    target_t: Vec<f64>,
    target: Vec<f64>,
    comparator: Vec<u8>,
    polarity: Vec<i8>,
    kind: Vec<u8>,
    baseline_field: Vec<u32>,
    time: Vec<f64>,
    values: Vec<f64>,
    field: Vec<u32>,
    out: CellResults,
    /// The memory's buffer when `inputs()` last made views of it.
    handed_out: Option<ArrayBuffer>,
}

#[wasm_bindgen]
impl BulkWorkspace {
    /// Columns for `series` series of `times` cells each (`out_of_memory` when the module cannot hold
    /// them: the input and output columns take 62 bytes a cell, 40 a series and 8 a time).
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "number")] series: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] times: JsValue,
    ) -> Result<BulkWorkspace, JsValue> {
        let series = count(&series, "series")?;
        let times = count(&times, "times")?;
        let cells = series.checked_mul(times).ok_or_else(|| too_large("values", usize::MAX))?;
        let floats = |len: usize, what: &str| vec_of(len, f64::NAN, what);
        Ok(Self {
            series,
            times,
            baseline_t: floats(series, "baseline_t")?,
            baseline: floats(series, "baseline")?,
            target_t: floats(series, "target_t")?,
            target: floats(series, "target")?,
            comparator: vec_of(series, u8::MAX, "comparator")?,
            polarity: vec_of(series, 0, "polarity")?,
            kind: vec_of(series, 0, "kind")?,
            baseline_field: vec_of(series, 0, "baseline_field")?,
            time: floats(times, "times")?,
            values: floats(cells, "values")?,
            field: vec_of(cells, 0, "field")?,
            out: CellResults {
                milestone: vec_of(cells, 0.0, "milestone")?,
                attained: vec_of(cells, 0, "attained")?,
                gap: vec_of(cells, 0.0, "gap")?,
                percent_of_target: vec_of(cells, 0.0, "percent_of_target")?,
                progress_from_baseline: vec_of(cells, 0.0, "progress_from_baseline")?,
                ratio: vec_of(cells, 0.0, "ratio")?,
                score: vec_of(cells, 0.0, "score")?,
                category: vec_of(cells, 0, "category")?,
                curve_used: vec_of(series, 0, "curve_used")?,
            },
            handed_out: None,
        })
    }

    /// The number of series (rows).
    #[wasm_bindgen(getter)]
    pub fn series(&self) -> usize {
        self.series
    }

    /// The number of times (columns).
    #[wasm_bindgen(getter)]
    pub fn times(&self) -> usize {
        self.times
    }

    /// Fresh views of the input columns (the keys of `SeriesTable`), to write the table into. Take them
    /// again after any other call into the module: a view is detached when the module's memory grows.
    #[wasm_bindgen(unchecked_return_type = "BulkColumns")]
    pub fn inputs(&mut self) -> JsValue {
        let buffer = buffer();
        let columns = Object::new();
        put(&columns, "baseline_t", &f64_view(&buffer, &self.baseline_t));
        put(&columns, "baseline", &f64_view(&buffer, &self.baseline));
        put(&columns, "target_t", &f64_view(&buffer, &self.target_t));
        put(&columns, "target", &f64_view(&buffer, &self.target));
        put(&columns, "comparator", &u8_view(&buffer, &self.comparator));
        put(
            &columns,
            "polarity",
            &Int8Array::new_with_byte_offset_and_length(&buffer, at(&self.polarity), len(&self.polarity)),
        );
        put(&columns, "kind", &u8_view(&buffer, &self.kind));
        put(&columns, "baseline_field", &u32_view(&buffer, &self.baseline_field));
        put(&columns, "times", &f64_view(&buffer, &self.time));
        put(&columns, "values", &f64_view(&buffer, &self.values));
        put(&columns, "field", &u32_view(&buffer, &self.field));
        self.handed_out = Some(buffer);
        columns.into()
    }

    /// Evaluates every cell of the table written through `inputs()`, as `evaluateBulk` does (the same
    /// rules, errors and bits); the results are read through `outputs()`.
    pub fn evaluate(
        &mut self,
        #[wasm_bindgen(unchecked_optional_param_type = "Curve")] curve: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "[number, number] | null")] bounds: JsValue,
    ) -> Result<(), JsValue> {
        let (curve, bounds) = curve_and_bounds(curve, bounds)?;
        if !self.handed_out.as_ref().is_some_and(|b| Object::is(b, &buffer())) {
            let message = "the views of inputs() were detached (the module's memory grew since, or inputs() was \
                           never called): take them again with inputs() and write the table before evaluate()";
            return Err(chitieu_error("detached_views", message, Some("inputs")));
        }
        let table = SeriesTable {
            baseline_t: &self.baseline_t,
            baseline: &self.baseline,
            target_t: &self.target_t,
            target: &self.target,
            comparator: &self.comparator,
            polarity: &self.polarity,
            times: &self.time,
            values: &self.values,
            kind: &self.kind,
            baseline_field: &self.baseline_field,
            field: &self.field,
        };
        evaluate_columns(&table, curve, bounds, self.out.columns()).map_err(to_js_error)
    }

    /// Fresh views of the results of the last `evaluate()` (the keys of `BulkResult`), valid until the
    /// module's memory grows; copy them (`slice()`) to keep them past other calls.
    #[wasm_bindgen(unchecked_return_type = "BulkResult")]
    pub fn outputs(&self) -> JsValue {
        let buffer = buffer();
        let out = &self.out;
        let result = Object::new();
        put(&result, "milestone", &f64_view(&buffer, &out.milestone));
        put(&result, "attained", &u8_view(&buffer, &out.attained));
        put(&result, "gap", &f64_view(&buffer, &out.gap));
        put(&result, "percent_of_target", &f64_view(&buffer, &out.percent_of_target));
        put(&result, "progress_from_baseline", &f64_view(&buffer, &out.progress_from_baseline));
        put(&result, "ratio", &f64_view(&buffer, &out.ratio));
        put(&result, "score", &f64_view(&buffer, &out.score));
        put(&result, "category", &u8_view(&buffer, &out.category));
        put(&result, "curve_used", &u8_view(&buffer, &out.curve_used));
        result.into()
    }
}

/// The module's memory as it is now.
fn buffer() -> ArrayBuffer {
    wasm_bindgen::memory().unchecked_into::<WebAssembly::Memory>().buffer().unchecked_into()
}

/// The byte offset of a column in the module's memory (wasm32: addresses are 32 bits).
fn at<T>(column: &[T]) -> u32 {
    column.as_ptr() as usize as u32
}

fn len<T>(column: &[T]) -> u32 {
    column.len() as u32
}

fn f64_view(buffer: &ArrayBuffer, column: &[f64]) -> Float64Array {
    Float64Array::new_with_byte_offset_and_length(buffer, at(column), len(column))
}

fn u8_view(buffer: &ArrayBuffer, column: &[u8]) -> Uint8Array {
    Uint8Array::new_with_byte_offset_and_length(buffer, at(column), len(column))
}

fn u32_view(buffer: &ArrayBuffer, column: &[u32]) -> Uint32Array {
    Uint32Array::new_with_byte_offset_and_length(buffer, at(column), len(column))
}
