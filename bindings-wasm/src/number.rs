//! The Vietnamese number reader: `11,5` is 11.5, `477.905` is 477905, `477.905 triệu đồng` is an amount.

use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::support::string;

/// Reads a Vietnamese- or English-formatted number (`11,5`, `1.060,5`, `1,060.5`).
#[wasm_bindgen(js_name = parseNumber)]
pub fn parse_number(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<f64, JsValue> {
    let text = string(&text, "text")?;
    Ok(chitieu::io::number::parse_number(&text).map_err(to_js_error)?.to_f64())
}

/// Reads a percentage (`90,5%` or `90,5`) as its number of percent.
#[wasm_bindgen(js_name = parsePercent)]
pub fn parse_percent(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<f64, JsValue> {
    let text = string(&text, "text")?;
    Ok(chitieu::io::number::parse_percent(&text).map_err(to_js_error)?.to_f64())
}

/// Reads an amount (`477.905 triệu đồng`, `1.060,5 tỷ đồng`) as exact integer đồng, a `bigint`.
#[wasm_bindgen(js_name = parseAmount)]
pub fn parse_amount(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<i64, JsValue> {
    let text = string(&text, "text")?;
    Ok(chitieu::io::number::parse_amount(&text).map_err(to_js_error)?.0)
}
