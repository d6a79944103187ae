//! Reading a model type from a JSON value, naming the path of the value that did not read
//! (`targets[3].value`): one reader for every type, which tracks the path as it goes.
//!
//! [`Tracked`] reads a [`Value`] as serde_json's reader of `&Value` does (it hands every scalar to that
//! reader and walks arrays and objects as that reader does, with its messages), and keeps the path to
//! the value being read, so that after a failure it names: the element or field that failed (also when
//! it is refused after being read, as an observation with both `year` and `date`), the key of an
//! unknown field (`targets[8].qoute`), the object or array refused as a whole (the object a missing
//! field belongs to, a pair of the wrong length), the enum given an unknown variant. These are the paths
//! serde_path_to_error gave, which the loaders used before: it wraps a reader and every visitor of every
//! type, which compiled a wrapper around each type's reader into the WebAssembly module (62 KB of the
//! dashboard module's 1,050 KB). Here each type's reader is compiled once, for [`Tracked`], and the
//! tracking is a few functions shared by all of them.

use std::cell::Cell;

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{
    DeserializeOwned, DeserializeSeed, Deserializer, Error as _, Expected, MapAccess, SeqAccess, Unexpected, Visitor,
};
use serde_json::{Error, Map, Value};

/// Reads `T` from `value`; on failure, the path of the value that did not read (empty for `value`
/// itself; `[1].t`, `budget.lines`) and serde_json's error.
pub(crate) fn read<T: DeserializeOwned>(value: &Value) -> Result<T, (String, Error)> {
    let track = Track::default();
    T::deserialize(Tracked { value, track: &track }).map_err(|e| (track.path(), e))
}

/// One step of a path: a key of an object or a position in an array.
#[derive(Clone, Copy)]
enum Step<'de> {
    Key(&'de str),
    Index(usize),
}

/// The path to the value being read: a step is added before a value is read and taken off once it has
/// been read, so that after a failure the steps lead to the value that failed (the model's readers
/// give up at the first failure).
#[derive(Default)]
struct Track<'de> {
    steps: Cell<Vec<Step<'de>>>,
}

impl<'de> Track<'de> {
    #[inline(never)]
    fn enter(&self, step: Step<'de>) {
        let mut steps = self.steps.take();
        steps.push(step);
        self.steps.set(steps);
    }

    #[inline(never)]
    fn leave(&self) {
        let mut steps = self.steps.take();
        steps.pop();
        self.steps.set(steps);
    }

    #[inline(never)]
    fn path(&self) -> String {
        let mut out = String::new();
        for step in self.steps.take() {
            match step {
                Step::Index(i) => out.push_str(&format!("[{i}]")),
                Step::Key(k) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
            }
        }
        out
    }
}

/// A value being read.
#[derive(Clone, Copy)]
struct Tracked<'de, 'a> {
    value: &'de Value,
    track: &'a Track<'de>,
}

impl Tracked<'_, '_> {
    /// An enum given an object of one key whose variant was read: the failure is in the variant's
    /// content, at the key (the enums of the model have no content, so the path goes no deeper).
    #[inline(never)]
    fn enum_failed(&self, error: Error) -> Error {
        if let Value::Object(map) = self.value {
            if let (Some(key), 1) = (map.keys().next(), map.len()) {
                if !error.to_string().starts_with("unknown variant ") {
                    self.track.enter(Step::Key(key));
                }
            }
        }
        error
    }
}

/// The scalars go to the reader of `&Value` (and bytes, which no model type reads: untracked inside).
macro_rules! to_value_reader {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.value.$method(visitor)
        }
    )*};
}

impl<'de> Deserializer<'de> for Tracked<'de, '_> {
    type Error = Error;

    to_value_reader! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128 deserialize_f32
        deserialize_f64 deserialize_char deserialize_str deserialize_string deserialize_bytes
        deserialize_byte_buf deserialize_unit deserialize_identifier deserialize_ignored_any
    }

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => n.deserialize_any(visitor),
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visit_array(items, visitor, self.track),
            Value::Object(map) => visit_object(map, visitor, self.track),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Array(items) => visit_array(items, visitor, self.track),
            other => Err(invalid_type(other, &visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Object(map) => visit_object(map, visitor, self.track),
            other => Err(invalid_type(other, &visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // A record is an object. serde_json's readers also take an array of its fields in order
        // (`["tra_vinh", 2025, ...]` for a target), which no document of the model is written as and which would
        // read a spreadsheet's row into the wrong fields without a word; it is a type error here. Not compiling
        // every record's reader from an array made the dashboard's WebAssembly module smaller (4 Dec 2026).
        match self.value {
            Value::Object(map) => visit_object(map, visitor, self.track),
            other => Err(invalid_type(other, &visitor)),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.value.deserialize_enum(name, variants, visitor).map_err(|e| self.enum_failed(e))
    }
}

/// The error serde_json's reader of `&Value` gives `value` where `expected` is not found: shared by
/// every type, rather than that reader's methods for arrays and objects, which would be compiled for
/// each type to be left unused.
#[inline(never)]
fn invalid_type(value: &Value, expected: &dyn Expected) -> Error {
    let unexpected = match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (None, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    };
    Error::invalid_type(unexpected, expected)
}

/// As serde_json's reader of `&Value` reads an array: every element, then none may be left.
fn visit_array<'de, V: Visitor<'de>>(items: &'de [Value], visitor: V, track: &Track<'de>) -> Result<V::Value, Error> {
    let mut seq = Items { items: items.iter(), index: 0, track };
    let out = visitor.visit_seq(&mut seq)?;
    match seq.items.len() {
        0 => Ok(out),
        _ => Err(Error::invalid_length(items.len(), &"fewer elements in array")),
    }
}

/// As serde_json's reader of `&Value` reads an object: every entry, then none may be left.
fn visit_object<'de, V: Visitor<'de>>(
    map: &'de Map<String, Value>,
    visitor: V,
    track: &Track<'de>,
) -> Result<V::Value, Error> {
    let mut entries = Entries { entries: map.iter(), value: None, track };
    let out = visitor.visit_map(&mut entries)?;
    match entries.entries.len() {
        0 => Ok(out),
        _ => Err(Error::invalid_length(map.len(), &"fewer elements in map")),
    }
}

struct Items<'de, 'a> {
    items: std::slice::Iter<'de, Value>,
    index: usize,
    track: &'a Track<'de>,
}

impl<'de> SeqAccess<'de> for Items<'de, '_> {
    type Error = Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>, Error> {
        let Some(value) = self.items.next() else { return Ok(None) };
        self.track.enter(Step::Index(self.index));
        self.index += 1;
        // Returned as it is, not moved out and back: the value may be large.
        let out = seed.deserialize(Tracked { value, track: self.track }).map(Some);
        if out.is_ok() {
            self.track.leave();
        }
        out
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Entries<'de, 'a> {
    entries: serde_json::map::Iter<'de>,
    value: Option<(&'de str, &'de Value)>,
    track: &'a Track<'de>,
}

impl<'de> MapAccess<'de> for Entries<'de, '_> {
    type Error = Error;

    /// Keys are read as strings (the model's maps are keyed by text).
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.entries.next() else { return Ok(None) };
        self.value = Some((key, value));
        self.track.enter(Step::Key(key));
        let out = seed.deserialize(BorrowedStrDeserializer::<Error>::new(key)).map(Some);
        if out.is_ok() {
            self.track.leave();
        }
        out
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, Error> {
        let Some((key, value)) = self.value.take() else { return Err(value_missing()) };
        self.track.enter(Step::Key(key));
        let out = seed.deserialize(Tracked { value, track: self.track });
        if out.is_ok() {
            self.track.leave();
        }
        out
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// A value asked for before its key (which the model's readers never do).
#[inline(never)]
fn value_missing() -> Error {
    Error::custom("value is missing")
}
