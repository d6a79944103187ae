//! Conversions between JavaScript values and the core's types, with errors that name the path.

use js_sys::JSON;
use serde::de::DeserializeOwned;
use serde::Serialize;
use time::Date;
use wasm_bindgen::JsValue;

use crate::error::chitieu_error;

/// A Rust value as a plain JavaScript value, through its JSON: objects, arrays, `null` for an absent value.
///
/// JSON text and `JSON.parse` rather than serde-wasm-bindgen: the core already carries serde_json code for
/// every type, and a second serializer for each of them cost a fifth of the module's size.
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text = chitieu::load::to_json(value).map_err(|e| chitieu_error("wrong_type", &e.to_string(), None))?;
    JSON::parse(&text).map_err(|_| chitieu_error("json_syntax", "the module wrote JSON that does not parse", None))
}

/// A JavaScript value read as `T` (through `JSON.stringify`, the same path as the core's JSON input); a
/// wrong type, a missing field or an unknown code is a `ChitieuError` naming the argument and the field's
/// line and column.
pub(crate) fn from_js<T: DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsValue> {
    let text = if value.is_undefined() {
        "null".to_owned()
    } else {
        JSON::stringify(&value).ok().and_then(|s| s.as_string()).ok_or_else(|| {
            chitieu_error("wrong_type", &format!("{what} cannot be read (a function, a cycle or a BigInt)"), Some(what))
        })?
    };
    serde_json::from_str(&text).map_err(|e| {
        let message = e.to_string();
        if message.starts_with("invalid type: null, expected f64") {
            // JSON.stringify writes NaN and Infinity as null: name the field, as the core names a non-finite
            // input (`value`, `target`).
            let field = key_before(&text, e.column()).unwrap_or(what);
            return chitieu_error(
                "non_finite",
                &format!("{what}.{field} is not a finite number (NaN or an infinity); in {text:.200}"),
                Some(field),
            );
        }
        let code = if message.starts_with("missing field") {
            "missing_field"
        } else if message.starts_with("unknown field") {
            "unknown_field"
        } else {
            "wrong_type"
        };
        chitieu_error(code, &format!("{what}: {message}; in {text:.200}"), Some(what))
    })
}

/// The key of the member whose value ends near `column` (serde_json's 1-based column) of one-line JSON:
/// `value` in `{"target":90,"value":null}`.
fn key_before(text: &str, column: usize) -> Option<&str> {
    let head = text.get(..column.min(text.len()))?;
    let before_colon = head.get(..head.rfind("\":")?)?;
    before_colon.get(before_colon.rfind('"')? + 1..)
}

/// A JavaScript number, refusing anything else (JavaScript would turn `"90"` into 90 and `{}` into NaN
/// without a word).
pub(crate) fn number(value: &JsValue, what: &str) -> Result<f64, JsValue> {
    value
        .as_f64()
        .ok_or_else(|| chitieu_error("wrong_type", &format!("{what} is not a number; expected a number"), Some(what)))
}

/// An ISO date `YYYY-MM-DD`.
pub(crate) fn date(text: &str, what: &str) -> Result<Date, JsValue> {
    // Read through serde, as the core reads dates in JSON: one date parser in the module, not two.
    serde_json::from_value::<Date>(serde_json::Value::String(text.trim().to_owned())).map_err(|_| {
        chitieu_error("invalid_date", &format!("{what} is {text:?}; expected a date YYYY-MM-DD"), Some(what))
    })
}

/// A string argument, refusing anything else.
pub(crate) fn string(value: &JsValue, what: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| chitieu_error("wrong_type", &format!("{what} is not a string; expected a string"), Some(what)))
}

/// A JavaScript object or JSON text as JSON text, for the core's loaders (which name every problem's path).
pub(crate) fn json_text(value: &JsValue, what: &str) -> Result<String, JsValue> {
    if let Some(text) = value.as_string() {
        return Ok(text);
    }
    if !value.is_object() {
        return Err(chitieu_error(
            "wrong_type",
            &format!("{what} is not an object; expected an object or JSON text"),
            Some(what),
        ));
    }
    JSON::stringify(value).ok().and_then(|s| s.as_string()).ok_or_else(|| {
        chitieu_error("wrong_type", &format!("{what} cannot be written as JSON (a cycle or a BigInt)"), Some(what))
    })
}
