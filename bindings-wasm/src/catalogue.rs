//! The catalogue of indicators: the bundled one, and a user's file merged over it.

use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::support::{string, to_js};

/// The bundled catalogue of indicators: every indicator of the bundled plans and national documents.
#[wasm_bindgen(unchecked_return_type = "CatalogueData")]
pub fn catalogue() -> Result<JsValue, JsValue> {
    to_js(&chitieu::bundled::catalogue().map_err(to_js_error)?)
}

/// A user's catalogue (JSON text) merged over the bundled one: `{catalogue, conflicts}`, each conflict
/// naming the id, the field and both values (the user's is kept). A bad file throws a `ChitieuError`
/// with every problem's path.
#[wasm_bindgen(js_name = extendCatalogue, unchecked_return_type = "ExtendedCatalogue")]
pub fn extend_catalogue(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsValue> {
    let text = string(&text, "text")?;
    let base = chitieu::bundled::catalogue().map_err(to_js_error)?;
    let extended = chitieu::io::catalogue::extend_from_json(&base, &text).map_err(to_js_error)?.value;
    to_js(&serde_json::json!({"catalogue": extended.catalogue, "conflicts": extended.conflicts}))
}
