//! The deterministic national-scale workload, for benchmarks comparable across languages.

use chitieu::calc::workload::NationalWorkload;
use js_sys::Object;
use wasm_bindgen::prelude::*;

use crate::error::chitieu_error;
use crate::support::{f64s, i8s, put, u32s, u8s, whole};

/// The national workload for `seed` (the native benchmark uses 2025): a `SeriesTable` of every
/// (unit, indicator) series with values 2020..2030, and the communes' numerators, denominators and groups.
#[wasm_bindgen(js_name = nationalWorkload, unchecked_return_type = "NationalWorkload")]
pub fn national_workload(#[wasm_bindgen(unchecked_param_type = "number")] seed: JsValue) -> Result<JsValue, JsValue> {
    let seed = whole(&seed, "seed")?;
    if !(0.0..=9.0e15).contains(&seed) {
        return Err(chitieu_error("value_out_of_range", &format!("seed is {seed}; expected 0..2^53"), Some("seed")));
    }
    let w = NationalWorkload::generate(seed as u64);
    let o = Object::new();
    put(&o, "baseline_t", &f64s(&w.baseline_t));
    put(&o, "baseline", &f64s(&w.baseline));
    put(&o, "target_t", &f64s(&w.target_t));
    put(&o, "target", &f64s(&w.target));
    put(&o, "comparator", &u8s(&w.comparator));
    put(&o, "polarity", &i8s(&w.polarity));
    put(&o, "times", &f64s(&w.times));
    put(&o, "values", &f64s(&w.values));
    put(&o, "numerators", &f64s(&w.numerators));
    put(&o, "denominators", &f64s(&w.denominators));
    put(&o, "group", &u32s(&w.group));
    put(&o, "groups", &JsValue::from_f64(w.groups() as f64));
    put(&o, "cells", &JsValue::from_f64(w.cells() as f64));
    Ok(o.into())
}
