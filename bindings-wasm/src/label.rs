//! Words a person reads, from the core's one table (`chitieu::label`): a label by domain and code, the
//! whole table in one language, and the colour of a status. The dashboard takes its words from here.

use chitieu::calc::progress::Category;
use chitieu::label::{Domain, Lang};
use wasm_bindgen::prelude::*;

use crate::support::{read_argument, to_js};

/// The label of `code` in `domain` (`status`, `reason`, `not_assessable`, `comparator`, `tier`, `level`,
/// `unit`, `milestone_kind`, `indicator_kind`, `method`, `curve`, `frequency`, `verdict`, `text`), in Vietnamese
/// (`"vi"`, the default) or English (`"en"`); `undefined` for a code the table does not have:
/// `label("status", "target_achieved")` is `"Đã đạt"`.
#[wasm_bindgen]
pub fn label(
    #[wasm_bindgen(unchecked_param_type = "LabelDomain")] domain: JsValue,
    code: &str,
    #[wasm_bindgen(unchecked_param_type = "Lang | undefined")] lang: JsValue,
) -> Result<Option<String>, JsValue> {
    let domain: Domain = read_argument(domain, "domain")?;
    Ok(chitieu::label::lookup(domain, code, lang_of(lang)?).map(str::to_owned))
}

/// Every label in one language, `{domain: {code: words}}`: `labels("en").comparator.at_least` is
/// `"at least"`.
#[wasm_bindgen(unchecked_return_type = "Labels")]
pub fn labels(#[wasm_bindgen(unchecked_param_type = "Lang | undefined")] lang: JsValue) -> Result<JsValue, JsValue> {
    to_js(&chitieu::label::table(lang_of(lang)?))
}

/// The colour of a status category (`#rrggbb`), the same in every report: `statusColour("deterioration")`.
#[wasm_bindgen(js_name = statusColour)]
pub fn status_colour(#[wasm_bindgen(unchecked_param_type = "Category")] category: JsValue) -> Result<String, JsValue> {
    let category: Category = read_argument(category, "category")?;
    Ok(chitieu::label::colour(category).to_owned())
}

/// Vietnamese unless the caller names a language.
fn lang_of(lang: JsValue) -> Result<Lang, JsValue> {
    if lang.is_undefined() || lang.is_null() {
        return Ok(Lang::Vi);
    }
    read_argument(lang, "lang")
}
