//! Which method judges a target: the kind of an indicator from its unit, the method of that kind, and the
//! method in words.

use chitieu::calc::method::{Lang, Method};
use chitieu::model::measure_unit::IndicatorKind;
use chitieu::MeasureUnit;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::support::{read_argument, to_js};

/// The kind of quantity a unit measures and the method that judges it (the shape of `indicator_kind`'s
/// vectors).
#[derive(Serialize)]
struct KindAndMethod {
    kind: IndicatorKind,
    method: Method,
}

/// The kind of an indicator measured in `unit` and the method of that kind:
/// `indicatorKind("percent_per_year")` is `{kind: "yearly_rate", method: "mean_yearly_rate"}`.
#[wasm_bindgen(js_name = indicatorKind, unchecked_return_type = "KindAndMethod")]
pub fn indicator_kind(#[wasm_bindgen(unchecked_param_type = "MeasureUnit")] unit: JsValue) -> Result<JsValue, JsValue> {
    let kind = read_argument::<MeasureUnit>(unit, "unit")?.kind();
    to_js(&KindAndMethod { kind, method: Method::of(kind) })
}

/// A method in words, in Vietnamese (`"vi"`) or English (`"en"`), for a table or a report:
/// `methodLabel("mean_yearly_rate", "en")` is `"mean yearly rate against the target rate"`.
#[wasm_bindgen(js_name = methodLabel)]
pub fn method_label(
    #[wasm_bindgen(unchecked_param_type = "Method")] method: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Lang")] lang: JsValue,
) -> Result<String, JsValue> {
    let method: Method = read_argument(method, "method")?;
    let lang: Lang = read_argument(lang, "lang")?;
    Ok(method.label(lang).to_owned())
}
