//! `ChitieuError`: every error this package throws is a real `Error` named `ChitieuError`, with the core's
//! stable `code`, the `path` of the bad input where there is one (`weights[0]`, `targets[12].value`, `t`)
//! and `problems`: every problem of a document that failed to load, empty for other errors.
//!
//! Every core error converts through one generic function over the core's [`chitieu::ChitieuError`] trait,
//! so that a code or a path the core adds reaches JavaScript with no change here. The binding's own argument
//! checks (a number where a string is needed) build the same object with [`chitieu_error`].

use chitieu::{ChitieuError, Problem};
use js_sys::{Array, Error, Reflect, JSON};
use wasm_bindgen::JsValue;

/// The `name` of every error this package throws.
const NAME: &str = "ChitieuError";

/// A core error as a `ChitieuError`: its message, `code`, `path` (when it has one) and `problems`.
pub(crate) fn to_js_error<E: ChitieuError>(error: E) -> JsValue {
    let path = error.path();
    build(error.code(), &error.to_string(), path.as_deref(), error.problems())
}

/// A `ChitieuError` of the binding's own argument checks, with `code`, `message` and, when given, `path`.
pub(crate) fn chitieu_error(code: &str, message: &str, path: Option<&str>) -> JsValue {
    build(code, message, path, &[])
}

fn build(code: &str, message: &str, path: Option<&str>, problems: &[Problem]) -> JsValue {
    let error = Error::new(message);
    error.set_name(NAME);
    set(&error, "code", &JsValue::from_str(code));
    if let Some(path) = path {
        set(&error, "path", &JsValue::from_str(path));
    }
    set(&error, "problems", &problems_of(problems));
    error.into()
}

/// The problems as plain objects, through their JSON as all data leaving the module.
fn problems_of(problems: &[Problem]) -> JsValue {
    chitieu::io::json::to_json(&problems)
        .ok()
        .and_then(|text| JSON::parse(&text).ok())
        .unwrap_or_else(|| Array::new().into())
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    // Setting a property of a fresh Error cannot fail; if it somehow did, the error still has its message.
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}
