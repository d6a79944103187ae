//! Loading plans and observations from the canonical JSON format, reporting every problem at once.
//!
//! The document is first read as JSON (a syntax error or a cut-off file is one problem with its line and
//! column), then each part and each list element is read on its own, so that one bad target does not
//! hide the next; then the assembled plan is validated (references, ranges, budget arithmetic).
//!
//! ```
//! use chitieu::ChitieuError;
//! let text = r#"{"format_version": 1, "id": "x"}"#;
//! let err = chitieu::io::json::plan_from_json(text).unwrap_err();
//! assert!(err.problems().iter().any(|p| p.path == "jurisdiction" && p.code.as_str() == "missing_field"));
//! ```

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{LoadError, Loaded, Problem, ProblemCode, Problems};
use crate::io::validate;
use crate::model::administrative_unit::AdministrativeUnit;
use crate::model::observation::{Observation, ObservationSet};
use crate::model::plan::Plan;

/// Reads a plan from its canonical JSON, validating it. Warnings come with the plan.
pub fn plan_from_json(text: &str) -> Result<Loaded<Plan>, LoadError> {
    let mut problems = Problems::default();
    let Some(root) = read_object(text, "plan", &mut problems) else {
        return problems.finish_err();
    };
    let mut r = ObjectReader::new(&root, "", &mut problems);
    let format_version = r.required("format_version");
    let id = r.required("id");
    let jurisdiction = r.required("jurisdiction");
    let document = r.required("document");
    let period = r.required("period");
    let (pillars, pillar_index) = r.list("pillars", true);
    let (indicators, indicator_index) = r.list("indicators", true);
    let (targets, target_index) = r.list("targets", true);
    let budget = r.optional("budget");
    let reporting = r.optional("reporting");
    let notes = r.optional("notes").unwrap_or_default();
    r.deny_unknown(&[
        "format_version",
        "id",
        "jurisdiction",
        "document",
        "period",
        "pillars",
        "indicators",
        "targets",
        "budget",
        "reporting",
        "notes",
    ]);
    let (Some(format_version), Some(id), Some(jurisdiction), Some(document), Some(period)) =
        (format_version, id, jurisdiction, document, period)
    else {
        return problems.finish_err();
    };
    let plan = Plan {
        format_version,
        id,
        jurisdiction,
        document,
        period,
        pillars,
        indicators,
        targets,
        budget,
        reporting,
        notes,
    };
    let complete = validate::Complete { pillars: pillar_index.complete, indicators: indicator_index.complete };
    let mut found = Problems::default();
    validate::plan(&plan, complete, &mut found);
    // Elements that failed to read are not in the plan: name the others by their place in the document.
    for mut p in found.0 {
        for (list, index) in [("pillars", &pillar_index), ("indicators", &indicator_index), ("targets", &target_index)]
        {
            p.path = index.renumber(&p.path, list);
            p.message = index.renumber(&p.message, list);
        }
        problems.push(p);
    }
    problems.finish(plan)
}

/// Reads observations from their canonical JSON (`{"format_version": 1, "observations": [...]}`), or
/// from a bare array of observations. With a plan, values are also checked against its indicators'
/// units (a share out of 0..100 is an error; a share that looks like a fraction is a warning).
pub fn observations_from_json(text: &str, plan: Option<&Plan>) -> Result<Loaded<ObservationSet>, LoadError> {
    let mut problems = Problems::default();
    let value = match read_value(text, &mut problems) {
        Some(v) => v,
        None => return problems.finish_err(),
    };
    let (format_version, items, notes) = match &value {
        Value::Array(items) => (Some(crate::model::plan::FORMAT_VERSION), Some(items.as_slice()), Vec::new()),
        Value::Object(map) => {
            let mut r = ObjectReader::new(map, "", &mut problems);
            let fv = r.required("format_version");
            let notes = r.optional("notes").unwrap_or_default();
            r.deny_unknown(&["format_version", "observations", "notes"]);
            let items = match map.get("observations") {
                Some(Value::Array(items)) => Some(items.as_slice()),
                Some(other) => {
                    problems.error(
                        "observations",
                        ProblemCode::WrongType,
                        format!("`observations` is {}", kind_of(other)),
                        "an array",
                    );
                    None
                }
                None => {
                    problems.error(
                        "observations",
                        ProblemCode::MissingField,
                        "missing field `observations`",
                        "an array (may be empty)",
                    );
                    None
                }
            };
            (fv, items, notes)
        }
        other => {
            problems.error(
                "",
                ProblemCode::WrongType,
                format!("the document is {}", kind_of(other)),
                "an object with `observations`, or an array of observations",
            );
            return problems.finish_err();
        }
    };
    // `"value": null` is a blank cell, as a data frame with a missing value writes it: the observation is
    // skipped with a warning, as the CSV reader does, rather than read as zero or rejected.
    let observations = read_list_skipping::<Observation>(
        items.unwrap_or_default(),
        "observations",
        &mut problems,
        |i, item, problems| {
            let blank = item.get("value").is_some_and(Value::is_null);
            if blank {
                problems.push(Problem::warning(
                    format!("observations[{i}].value"),
                    ProblemCode::BlankCell,
                    "blank value: the observation is skipped (a missing value is not zero)",
                    "a number",
                ));
            }
            blank
        },
    );
    let Some(format_version) = format_version else {
        return problems.finish_err();
    };
    let (observations, index) = observations;
    let set = ObservationSet { format_version, observations, notes };
    let mut found = Problems::default();
    validate::observation_set(&set, plan, &mut found);
    for mut p in found.0 {
        p.path = index.renumber(&p.path, "observations");
        problems.push(p);
    }
    problems.finish(set)
}

/// Reads a register of administrative units (`{"format_version": 1, "units": [...]}`): every unit is
/// checked, ids are unique, and parents and successors refer to units of the register.
pub fn units_from_json(text: &str) -> Result<Loaded<Vec<AdministrativeUnit>>, LoadError> {
    let mut problems = Problems::default();
    let Some(root) = read_object(text, "register of units", &mut problems) else {
        return problems.finish_err();
    };
    let mut r = ObjectReader::new(&root, "", &mut problems);
    let format_version: Option<u32> = r.required("format_version");
    let (units, index) = r.list::<AdministrativeUnit>("units", true);
    r.deny_unknown(&["format_version", "units"]);
    if let Some(v) = format_version.filter(|v| *v != crate::model::plan::FORMAT_VERSION) {
        problems.error(
            "format_version",
            ProblemCode::UnsupportedVersion,
            format!("format version {v} is not supported"),
            "1",
        );
    }
    let mut found = Problems::default();
    validate::units(&units, &mut found);
    for mut p in found.0 {
        p.path = index.renumber(&p.path, "units");
        problems.push(p);
    }
    problems.finish(units)
}

/// Writes any model value as pretty JSON (2-space indent, UTF-8 text as is, fields in declaration order).
pub fn to_json<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(value)
}

impl Plan {
    /// Reads a plan from JSON; see [`plan_from_json`].
    pub fn from_json(text: &str) -> Result<Loaded<Plan>, LoadError> {
        plan_from_json(text)
    }

    /// Writes the plan as canonical JSON.
    pub fn to_json(&self) -> String {
        // Serialising these types cannot fail: every map key is a string and every float was validated.
        to_json(self).unwrap_or_default()
    }

    /// Every problem with this plan, as the loader would report it (for plans built in code).
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Problems::default();
        validate::plan(self, validate::Complete { pillars: true, indicators: true }, &mut problems);
        problems.0
    }
}

impl ObservationSet {
    /// Reads observations from JSON; see [`observations_from_json`].
    pub fn from_json(text: &str, plan: Option<&Plan>) -> Result<Loaded<ObservationSet>, LoadError> {
        observations_from_json(text, plan)
    }

    /// Writes the set as canonical JSON.
    pub fn to_json(&self) -> String {
        to_json(self).unwrap_or_default()
    }

    /// Every problem with these observations, optionally checked against a plan's indicators.
    pub fn validate(&self, plan: Option<&Plan>) -> Vec<Problem> {
        let mut problems = Problems::default();
        validate::observation_set(self, plan, &mut problems);
        problems.0
    }
}

impl Problems {
    fn finish_err<T>(self) -> Result<Loaded<T>, LoadError> {
        let mut all = self.0;
        all.sort_by_key(|p| !p.is_error());
        Err(LoadError::Invalid(all))
    }
}

fn read_value(text: &str, problems: &mut Problems) -> Option<Value> {
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

fn read_object(text: &str, what: &str, problems: &mut Problems) -> Option<Map<String, Value>> {
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

fn kind_of(v: &Value) -> &'static str {
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
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let inner = e.path().to_string();
            let full = if inner == "." || inner.is_empty() {
                path.to_owned()
            } else if inner.starts_with('[') {
                format!("{path}{inner}")
            } else {
                join(path, &inner)
            };
            problems.push(serde_problem(full, &e.into_inner().to_string()));
            None
        }
    }
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
    Problem::error(path, ProblemCode::WrongType, what, expected)
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = text.split_once(start)?.1;
    Some(rest.split_once(end)?.0)
}

/// Where the elements that were read stood in the document's list.
#[derive(Debug, Default)]
struct ListIndex {
    /// `original[i]` is the document position of the `i`-th element read.
    original: Vec<usize>,
    /// Whether every element was read.
    complete: bool,
}

impl ListIndex {
    /// Rewrites `list[i]` in `text` to `list[original[i]]`.
    fn renumber(&self, text: &str, list: &str) -> String {
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
fn read_list_skipping<T: DeserializeOwned>(
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
struct ObjectReader<'a> {
    map: &'a Map<String, Value>,
    prefix: &'a str,
    problems: &'a mut Problems,
}

impl<'a> ObjectReader<'a> {
    fn new(map: &'a Map<String, Value>, prefix: &'a str, problems: &'a mut Problems) -> Self {
        Self { map, prefix, problems }
    }

    fn required<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
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

    fn optional<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => read_one(v, &join(self.prefix, key), self.problems),
        }
    }

    fn list<T: DeserializeOwned>(&mut self, key: &str, required: bool) -> (Vec<T>, ListIndex) {
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

    fn deny_unknown(&mut self, known: &[&str]) {
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
