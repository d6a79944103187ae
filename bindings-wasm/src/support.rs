//! What every binding file shares: data out as plain objects, structured arguments in through the core's
//! JSON reader (so that a bad field has the core's code and path, as in Python), and the checks of plain
//! JavaScript arguments (numbers, whole numbers, years, dates, strings, columns of numbers).

use chitieu::scorecard::Settings;
use chitieu::{ChitieuError, LoadError, Problem, ProblemCode};
use js_sys::{Array, Float64Array, Int8Array, Object, Reflect, Uint32Array, Uint8Array, JSON};
use serde::de::DeserializeOwned;
use serde::Serialize;
use time::Date;
use wasm_bindgen::{JsCast, JsValue};

use crate::error::{chitieu_error, to_js_error};

/// A Rust value as a plain JavaScript value, through its JSON: objects, arrays, `null` for an absent value.
///
/// JSON text and `JSON.parse` rather than serde-wasm-bindgen: the core already carries serde_json code for
/// every type, and a second serializer for each of them cost a fifth of the module's size.
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text = chitieu::io::json::to_json(value).map_err(|e| chitieu_error("wrong_type", &e.to_string(), None))?;
    JSON::parse(&text).map_err(|_| chitieu_error("json_syntax", "the module wrote JSON that does not parse", None))
}

/// An object of named inputs (`{comparator, polarity, target, value}`), read as `T`: its fields are the
/// core function's parameters, so a bad field's `path` is the field as the core names it (`value`,
/// `anchors[1].t`), and `input` when the object itself is wrong. A NaN or an infinity anywhere in it is
/// `non_finite` at its place, as the core refuses a non-finite input.
pub(crate) fn read_input<T: DeserializeOwned>(value: JsValue) -> Result<T, JsValue> {
    read(&value, "input", false, true)
}

/// As [`read_input`], but a NaN or an infinity where a number may be absent reads as absent: for inputs
/// whose definition says so (a unit without a value in `tierCheck`). Where a number is required it is
/// still `non_finite`.
pub(crate) fn read_input_non_finite_absent<T: DeserializeOwned>(value: JsValue) -> Result<T, JsValue> {
    read(&value, "input", false, false)
}

/// The argument `name` read as `T`; a bad field's `path` starts with the argument (`settings.curve`,
/// `bounds[0]`), or is `name` when the argument itself is wrong. A NaN or an infinity in it is
/// `non_finite`.
pub(crate) fn read_argument<T: DeserializeOwned>(value: JsValue, name: &str) -> Result<T, JsValue> {
    read(&value, name, true, true)
}

/// Reads `value` through `JSON.stringify` and the core's [`chitieu::io::json::read`], which gives every
/// problem its code (`wrong_type`, `missing_field`, `unknown_field`) and path. With `finite`, a NaN or an
/// infinity anywhere in `value` is refused first: `JSON.stringify` writes them as `null`, which an
/// optional field would read as absent (a `target_t` of NaN as a target with no year).
fn read<T: DeserializeOwned>(value: &JsValue, name: &str, prefixed: bool, finite: bool) -> Result<T, JsValue> {
    let text = if value.is_undefined() {
        "null".to_owned()
    } else {
        JSON::stringify(value).ok().and_then(|s| s.as_string()).ok_or_else(|| {
            chitieu_error("wrong_type", &format!("{name} cannot be read (a function, a cycle or a BigInt)"), Some(name))
        })?
    };
    // Every non-finite number was written as `null`: only a text with a `null` can hold one.
    if finite && text.contains("null") {
        if let Some(at) = non_finite_path(value, "", 0) {
            let mut problem = rooted(Problem::error(at, ProblemCode::NonFinite, "", "a finite number"), name, prefixed);
            problem.message = format!("{} is NaN or an infinity", problem.path);
            return Err(to_js_error(LoadError::Invalid(vec![problem])));
        }
    }
    chitieu::io::json::read::<T>(&text).map_err(|e| {
        let problems = e.problems().iter().map(|p| rooted(non_finite(value, p), name, prefixed)).collect();
        to_js_error(LoadError::Invalid(problems))
    })
}

/// `JSON.stringify` writes NaN and the infinities as `null`: a number refused at a place that holds one
/// of them in the JavaScript value is `non_finite` there, as the core reports a non-finite input.
fn non_finite(value: &JsValue, problem: &Problem) -> Problem {
    if problem.code == ProblemCode::WrongType && is_non_finite_at(value, "", &problem.path) {
        Problem::error(
            problem.path.clone(),
            ProblemCode::NonFinite,
            format!("{} is NaN or an infinity", problem.path),
            "a finite number",
        )
    } else {
        problem.clone()
    }
}

/// Nesting beyond which the core's JSON reader refuses a document anyway (serde_json's limit).
const MAX_DEPTH: usize = 128;

/// The path (in the core's notation: `rates[1].rate`) of the first NaN or infinite number in `value`, which
/// is at `at`, among the members `JSON.stringify` writes (own enumerable keys, array items).
fn non_finite_path(value: &JsValue, at: &str, depth: usize) -> Option<String> {
    if let Some(n) = value.as_f64() {
        return (!n.is_finite()).then(|| at.to_owned());
    }
    if depth >= MAX_DEPTH {
        return None;
    }
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        return array.iter().enumerate().find_map(|(i, item)| non_finite_path(&item, &format!("{at}[{i}]"), depth + 1));
    }
    if !value.is_object() {
        return None;
    }
    Object::keys(value.unchecked_ref::<Object>()).iter().filter_map(|k| k.as_string()).find_map(|key| {
        let child = if at.is_empty() { key.clone() } else { format!("{at}.{key}") };
        Reflect::get(value, &JsValue::from_str(&key)).ok().and_then(|v| non_finite_path(&v, &child, depth + 1))
    })
}

/// Whether the value at `target` (a path in the core's notation: `anchors[1].t`) of `value`, which is at
/// `at`, is a NaN or infinite number. Follows only the members on the way to `target`.
fn is_non_finite_at(value: &JsValue, at: &str, target: &str) -> bool {
    if at == target {
        return value.as_f64().is_some_and(|n| !n.is_finite());
    }
    let on_the_way =
        |child: &str| target.strip_prefix(child).is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']));
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        return array.iter().enumerate().any(|(i, item)| {
            let child = format!("{at}[{i}]");
            on_the_way(&child) && is_non_finite_at(&item, &child, target)
        });
    }
    if !value.is_object() {
        return false;
    }
    Object::keys(value.unchecked_ref::<Object>()).iter().filter_map(|k| k.as_string()).any(|key| {
        let child = if at.is_empty() { key.clone() } else { format!("{at}.{key}") };
        on_the_way(&child)
            && Reflect::get(value, &JsValue::from_str(&key)).is_ok_and(|v| is_non_finite_at(&v, &child, target))
    })
}

/// A problem's path from the argument `name`: `name` itself for the whole argument, and prefixed with it
/// when `prefixed`.
fn rooted(mut problem: Problem, name: &str, prefixed: bool) -> Problem {
    problem.path = match (problem.path.is_empty(), prefixed) {
        (true, _) => name.to_owned(),
        (false, false) => problem.path,
        (false, true) if problem.path.starts_with('[') => format!("{name}{}", problem.path),
        (false, true) => format!("{name}.{}", problem.path),
    };
    problem
}

/// Scorecard settings from an optional plain object; the core's defaults when absent.
pub(crate) fn settings_or_default(value: JsValue) -> Result<Settings, JsValue> {
    if value.is_undefined() || value.is_null() {
        Ok(Settings::default())
    } else {
        read_argument(value, "settings")
    }
}

/// A JavaScript number, refusing anything else (JavaScript would turn `"90"` into 90 and `{}` into NaN
/// without a word).
pub(crate) fn number(value: &JsValue, what: &str) -> Result<f64, JsValue> {
    value
        .as_f64()
        .ok_or_else(|| chitieu_error("wrong_type", &format!("{what} is not a number; expected a number"), Some(what)))
}

/// A number argument as a whole number (a year, a seed, a count).
pub(crate) fn whole(value: &JsValue, what: &str) -> Result<f64, JsValue> {
    let n = number(value, what)?;
    if n.fract() == 0.0 && n.is_finite() {
        Ok(n)
    } else {
        Err(chitieu_error("wrong_type", &format!("{what} is {n}; expected a whole number"), Some(what)))
    }
}

/// A year argument.
pub(crate) fn year(value: &JsValue) -> Result<i32, JsValue> {
    let y = whole(value, "year")?;
    if (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&y) {
        Ok(y as i32)
    } else {
        Err(chitieu_error("year_out_of_range", &format!("year is {y}; expected a calendar year"), Some("year")))
    }
}

/// An ISO date `YYYY-MM-DD`.
pub(crate) fn date(text: &str, what: &str) -> Result<Date, JsValue> {
    // The core's reader of dates, the one its JSON formats use.
    chitieu::model::date::parse(text.trim()).map_err(|e| {
        chitieu_error("invalid_date", &format!("{what} is {text:?} ({e}); expected a date YYYY-MM-DD"), Some(what))
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

/// The error of a column too long for the module's memory.
pub(crate) fn too_large(what: &str, len: usize) -> JsValue {
    chitieu_error(
        "out_of_memory",
        &format!("{what} has {len} entries: more than the module's memory can hold; expected a smaller call"),
        Some(what),
    )
}

/// The error of an entry of a column that is not what the column holds.
pub(crate) fn wrong(what: &str, index: usize, expected: &str) -> JsValue {
    let path = format!("{what}[{index}]");
    chitieu_error("wrong_type", &format!("{path} is not {expected}"), Some(&path))
}

/// A vector of `len` copies of `fill`, or an error when the module's memory cannot hold it.
pub(crate) fn vec_of<T: Clone>(len: usize, fill: T, what: &str) -> Result<Vec<T>, JsValue> {
    let mut v = Vec::new();
    v.try_reserve_exact(len).map_err(|_| too_large(what, len))?;
    v.resize(len, fill);
    Ok(v)
}

/// A column of numbers from a `Float64Array`, another typed array or a plain array of numbers.
pub(crate) fn f64_column(value: &JsValue, what: &str) -> Result<Vec<f64>, JsValue> {
    if let Some(a) = value.dyn_ref::<Float64Array>() {
        let mut v = vec_of(a.length() as usize, 0.0, what)?;
        a.copy_to(&mut v);
        return Ok(v);
    }
    if Array::is_array(value) {
        let a: &Array = value.unchecked_ref();
        let mut v = vec_of(a.length() as usize, 0.0, what)?;
        for (i, slot) in v.iter_mut().enumerate() {
            *slot = a.get(i as u32).as_f64().ok_or_else(|| wrong(what, i, "a number"))?;
        }
        return Ok(v);
    }
    if js_sys::ArrayBuffer::is_view(value) && !value.is_instance_of::<js_sys::DataView>() {
        return f64_column(&Float64Array::new(value).into(), what);
    }
    Err(chitieu_error("wrong_type", &format!("{what} is not an array of numbers"), Some(what)))
}

/// A column of numbers as a fresh `Float64Array` owned by JavaScript.
pub(crate) fn f64s(v: &[f64]) -> JsValue {
    Float64Array::from(v).into()
}

/// A column of codes as a fresh `Uint8Array`.
pub(crate) fn u8s(v: &[u8]) -> JsValue {
    Uint8Array::from(v).into()
}

/// A column of polarities as a fresh `Int8Array`.
pub(crate) fn i8s(v: &[i8]) -> JsValue {
    Int8Array::from(v).into()
}

/// A column of group indices as a fresh `Uint32Array`.
pub(crate) fn u32s(v: &[u32]) -> JsValue {
    Uint32Array::from(v).into()
}

/// Sets a key of a fresh result object.
pub(crate) fn put(target: &Object, key: &str, value: &JsValue) {
    // Setting a property of a fresh plain object cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}
