//! The canonical JSON, read so that every problem is reported at once, and written.
//!
//! The document is first read as JSON (a syntax error or a cut-off file is one problem with its line and
//! column), then each part and each list element is read on its own, so that one bad target does not
//! hide the next; then the assembled value is validated (references, ranges, budget arithmetic). The
//! readers of plans, observations and unit registers ([`super::plan`], [`super::observations`],
//! [`super::units`]) are built from these pieces.
//!
//! ```
//! use chitieu::ChitieuError;
//! let text = r#"{"format_version": 1, "id": "x"}"#;
//! let err = chitieu::io::plan_from_json(text).unwrap_err();
//! assert!(err.problems().iter().any(|p| p.path == "jurisdiction" && p.code.as_str() == "missing_field"));
//! ```

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{LoadError, Loaded, Problem, ProblemCode, Problems};
use crate::io::json_path;

/// Reads any model type from JSON text, with the loaders' rules: syntax errors, cut-off text and
/// duplicate keys are problems with their line and column; a type error names the path of the field
/// (`anchors[1].value`) and its code (`missing_field`, `unknown_field`, `wrong_type`). The bindings read
/// their structured inputs through it, so that every language reports the same code and path.
///
/// ```
/// use chitieu::calc::milestone::Anchor;
/// use chitieu::ChitieuError;
/// let err = chitieu::io::json::read::<Vec<Anchor>>(r#"[{"t": 2022, "value": "x"}]"#).unwrap_err();
/// assert_eq!((err.code(), err.path().as_deref()), ("wrong_type", Some("[0].value")));
/// ```
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, LoadError> {
    from_value(&parse(text)?)
}

/// Reads any model type from a JSON value already parsed (a Python dict, say), naming the path of a type
/// error as [`read`] does.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, LoadError> {
    json_path::read(value).map_err(|(inner, e)| type_error(&inner, &e))
}

// What `read` and `from_value` do besides reading the type, outside them so that it is not compiled
// once for each type.

fn parse(text: &str) -> Result<Value, LoadError> {
    let mut problems = Problems::default();
    read_value(text, &mut problems).ok_or_else(|| problems.into_error())
}

fn type_error(inner: &str, error: &serde_json::Error) -> LoadError {
    let mut problems = Problems::default();
    report("", inner, error, &mut problems);
    problems.into_error()
}

/// Writes any model value as pretty JSON (2-space indent, UTF-8 text as is, fields in declaration order).
pub fn to_json<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(value)
}

impl Problems {
    /// Every problem as the error of a load of any type: [`Problems::into_error`], which a sort in this
    /// generic function would compile once for each type.
    pub(crate) fn finish_err<T>(self) -> Result<Loaded<T>, LoadError> {
        Err(self.into_error())
    }
}

pub(crate) fn read_value(text: &str, problems: &mut Problems) -> Option<Value> {
    if text.trim().is_empty() {
        problems.error("", ProblemCode::EmptyInput, "the input is empty", "a JSON document");
        return None;
    }
    match serde_json::from_str::<StrictValue>(text) {
        Ok(v) => Some(v.0),
        Err(e) => {
            let at = format!("line {}, column {}", e.line(), e.column());
            let rest = char_offset(text, e.line(), e.column());
            let (code, expected) = if e.is_eof() {
                (ProblemCode::TruncatedInput, "a complete JSON document (the input stops in the middle of a value)")
            } else if e.to_string().starts_with(DUPLICATE_KEY) {
                (ProblemCode::DuplicateKey, "each key once per object")
            } else if e.to_string().contains("number out of range")
                || ["NaN", "Infinity", "-Infinity", "inf", "nan"].iter().any(|w| rest.is_some_and(|r| r.starts_with(w)))
            {
                (ProblemCode::NonFinite, "a finite number (JSON has no NaN or Infinity)")
            } else {
                (ProblemCode::JsonSyntax, "well-formed JSON")
            };
            problems.error(at, code, strip_position(&e.to_string()), expected);
            None
        }
    }
}

const DUPLICATE_KEY: &str = "duplicate key";

/// A JSON value read like `serde_json::Value`, except that a key repeated in one object is an error
/// rather than the last one silently winning.
struct StrictValue(Value);

impl<'de> serde::Deserialize<'de> for StrictValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(StrictValue)
    }
}

struct StrictVisitor;

impl<'de> serde::de::Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(StrictValue(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            if map.contains_key(&key) {
                return Err(serde::de::Error::custom(format!("{DUPLICATE_KEY} `{key}` in one object")));
            }
            let StrictValue(v) = access.next_value()?;
            map.insert(key, v);
        }
        Ok(Value::Object(map))
    }
}

/// The text from a 1-based line and column (serde_json's column points at or just after the bad byte).
fn char_offset(text: &str, line: usize, column: usize) -> Option<&str> {
    let l = text.lines().nth(line.checked_sub(1)?)?;
    let start = column.saturating_sub(1);
    l.get(start..).or_else(|| l.get(start.saturating_sub(1)..))
}

fn strip_position(message: &str) -> String {
    message.split(" at line ").next().unwrap_or(message).to_owned()
}

pub(crate) fn read_object(text: &str, what: &str, problems: &mut Problems) -> Option<Map<String, Value>> {
    match read_value(text, problems)? {
        Value::Object(map) => Some(map),
        other => {
            problems.error(
                "",
                ProblemCode::WrongType,
                format!("the document is {}", kind_of(&other)),
                format!("a JSON object describing a {what}"),
            );
            None
        }
    }
}

pub(crate) fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

/// Reads one value, naming the exact path of a type error inside it.
fn read_one<T: DeserializeOwned>(value: &Value, path: &str, problems: &mut Problems) -> Option<T> {
    json_path::read(value).map_err(|(inner, e)| report(path, &inner, &e, problems)).ok()
}

/// The problem of a value at `path` that did not read, `inner` being the path inside it.
fn report(path: &str, inner: &str, error: &serde_json::Error, problems: &mut Problems) {
    let full = if inner.is_empty() {
        path.to_owned()
    } else if inner.starts_with('[') {
        format!("{path}{inner}")
    } else {
        join(path, inner)
    };
    problems.push(serde_problem(full, &error.to_string()));
}

/// Turns a serde message into a problem with a code and an "expected" part.
fn serde_problem(path: String, message: &str) -> Problem {
    let message = strip_position(message);
    if let Some(field) = between(&message, "missing field `", "`") {
        return Problem::error(
            join(&path, field),
            ProblemCode::MissingField,
            format!("missing field `{field}`"),
            "the field to be present",
        );
    }
    if let Some(field) = between(&message, "unknown field `", "`") {
        let expected = message.split_once(", expected ").map_or("only the fields of the format", |(_, e)| e);
        // The path of an unknown field already ends with the field.
        let path = if path.ends_with(&format!(".{field}")) || path == field { path } else { join(&path, field) };
        return Problem::error(
            path,
            ProblemCode::UnknownField,
            format!("unknown field `{field}`"),
            expected.to_owned(),
        );
    }
    let (what, expected) = match message.split_once(", expected ") {
        Some((w, e)) => (w.to_owned(), e.to_owned()),
        None => (message.clone(), "a value of the documented type".to_owned()),
    };
    // A string that is not a date (`crate::model::date::iso`): its own code, as in the tables.
    let code = if expected == crate::model::date::EXPECTED && what.starts_with("date \"") {
        ProblemCode::InvalidDate
    } else {
        ProblemCode::WrongType
    };
    Problem::error(path, code, what, expected)
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = text.split_once(start)?.1;
    Some(rest.split_once(end)?.0)
}

/// Where the elements that were read stood in the document's list.
#[derive(Debug, Default)]
pub(crate) struct ListIndex {
    /// `original[i]` is the document position of the `i`-th element read.
    original: Vec<usize>,
    /// Whether every element was read.
    pub(crate) complete: bool,
}

impl ListIndex {
    /// Rewrites `list[i]` in `text` to `list[original[i]]`.
    pub(crate) fn renumber(&self, text: &str, list: &str) -> String {
        if self.complete {
            return text.to_owned();
        }
        let open = format!("{list}[");
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find(&open) {
            let (head, tail) = rest.split_at(at + open.len());
            out.push_str(head);
            let digits: String = tail.chars().take_while(char::is_ascii_digit).collect();
            let mapped = digits.parse::<usize>().ok().and_then(|i| self.original.get(i).copied());
            match mapped {
                Some(n) => out.push_str(&n.to_string()),
                None => out.push_str(&digits),
            }
            rest = tail.get(digits.len()..).unwrap_or("");
        }
        out.push_str(rest);
        out
    }
}

/// Reads each element of a list on its own; returns the good ones and where they stood.
fn read_list<T: DeserializeOwned>(items: &[Value], path: &str, problems: &mut Problems) -> (Vec<T>, ListIndex) {
    read_list_skipping(items, path, problems, |_, _, _| false)
}

/// [`read_list`], leaving out the elements for which `skip` (which may report why) is true.
pub(crate) fn read_list_skipping<T: DeserializeOwned>(
    items: &[Value],
    path: &str,
    problems: &mut Problems,
    skip: impl Fn(usize, &Value, &mut Problems) -> bool,
) -> (Vec<T>, ListIndex) {
    let mut out = Vec::with_capacity(items.len());
    let mut index = ListIndex { original: Vec::with_capacity(items.len()), complete: true };
    for (i, item) in items.iter().enumerate() {
        if skip(i, item, problems) {
            index.complete = false;
            continue;
        }
        match read_one(item, &format!("{path}[{i}]"), problems) {
            Some(v) => {
                out.push(v);
                index.original.push(i);
            }
            None => index.complete = false,
        }
    }
    (out, index)
}

/// Reads the fields of one JSON object, each on its own.
pub(crate) struct ObjectReader<'a> {
    map: &'a Map<String, Value>,
    prefix: &'a str,
    problems: &'a mut Problems,
}

impl<'a> ObjectReader<'a> {
    pub(crate) fn new(map: &'a Map<String, Value>, prefix: &'a str, problems: &'a mut Problems) -> Self {
        Self { map, prefix, problems }
    }

    pub(crate) fn required<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
        let path = join(self.prefix, key);
        match self.map.get(key) {
            Some(v) => read_one(v, &path, self.problems),
            None => {
                self.problems.error(
                    path,
                    ProblemCode::MissingField,
                    format!("missing field `{key}`"),
                    "the field to be present",
                );
                None
            }
        }
    }

    pub(crate) fn optional<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => read_one(v, &join(self.prefix, key), self.problems),
        }
    }

    pub(crate) fn list<T: DeserializeOwned>(&mut self, key: &str, required: bool) -> (Vec<T>, ListIndex) {
        let path = join(self.prefix, key);
        match self.map.get(key) {
            Some(Value::Array(items)) => read_list(items, &path, self.problems),
            None if !required => (Vec::new(), ListIndex { original: Vec::new(), complete: true }),
            None => {
                self.problems.error(
                    path,
                    ProblemCode::MissingField,
                    format!("missing field `{key}`"),
                    "an array (may be empty)",
                );
                (Vec::new(), ListIndex::default())
            }
            Some(other) => {
                self.problems.error(path, ProblemCode::WrongType, format!("`{key}` is {}", kind_of(other)), "an array");
                (Vec::new(), ListIndex::default())
            }
        }
    }

    pub(crate) fn deny_unknown(&mut self, known: &[&str]) {
        for key in self.map.keys() {
            if !known.contains(&key.as_str()) {
                self.problems.error(
                    join(self.prefix, key),
                    ProblemCode::UnknownField,
                    format!("unknown field `{key}`"),
                    format!("one of {}", known.join(", ")),
                );
            }
        }
    }
}
