//! `ChitieuError`: a real `Error` with the core's stable `code`, the `path` where one applies and, for
//! documents that failed to load, every `problem`.

use chitieu::LoadError;
use js_sys::{Error, Reflect};
use wasm_bindgen::JsValue;

use crate::convert::to_js;

/// The `name` of every error this package throws.
const NAME: &str = "ChitieuError";

/// A `ChitieuError` with `code`, `message` and, when given, `path`.
pub(crate) fn chitieu_error(code: &str, message: &str, path: Option<&str>) -> JsValue {
    let error = Error::new(message);
    error.set_name(NAME);
    set(&error, "code", &JsValue::from_str(code));
    if let Some(path) = path {
        set(&error, "path", &JsValue::from_str(path));
    }
    error.into()
}

/// A document that failed to load: the first error's code and path, and every problem.
pub(crate) fn load_error(e: &LoadError) -> JsValue {
    let error = chitieu_error(e.code().as_str(), &e.to_string(), Some(e.path()));
    let problems = to_js(&e.problems()).unwrap_or(JsValue::UNDEFINED);
    set(&error, "problems", &problems);
    error
}

/// Errors of the core's calculation areas: each has a stable `code()`.
pub(crate) trait Coded: std::fmt::Display {
    /// The stable code.
    fn code(&self) -> &str;
}

macro_rules! coded {
    ($($t:ty),*) => {$(
        impl Coded for $t {
            fn code(&self) -> &str {
                <$t>::code(self)
            }
        }
    )*};
}

coded!(
    chitieu::milestone::MilestoneError,
    chitieu::bulk::BulkError,
    chitieu::rollup::RollupError,
    chitieu::projection::ProjectionError,
    chitieu::reporting::CalendarError,
    chitieu::number::NumberError,
    chitieu::bundled::BundledError
);

/// A calculation error as a `ChitieuError`.
pub(crate) fn coded(e: &impl Coded) -> JsValue {
    chitieu_error(e.code(), &e.to_string(), None)
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    // Setting a property of a fresh Error cannot fail; if it somehow did, the error still has its message.
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

/// A non-finite calculation input, with the input's name as the `path`.
pub(crate) fn non_finite(e: &chitieu::finite::NonFinite) -> JsValue {
    chitieu_error(e.code(), &e.to_string(), Some(e.what))
}
