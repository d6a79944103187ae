//! WebAssembly bindings of chitieu: the core's functions under their JavaScript names (`camelCase`), data
//! as plain objects in the core's canonical JSON shape (`snake_case` fields), errors as `ChitieuError`
//! objects with the core's stable `code`, `path` and `problems`.
//!
//! One file per concern of the core, with the same names as the Python binding's, each a thin layer:
//! convert the inputs, call the core once, convert back.
//!
//! | file | binds |
//! |---|---|
//! | `error` | every core error, through the core's `ChitieuError` trait, as a JavaScript `ChitieuError` |
//! | `support` | shared conversions: data out as plain objects, structured inputs in through the core's JSON reader, argument checks, typed-array columns |
//! | `plan`, `observations`, `bundled` | `chitieu::model` and `chitieu::io`: plans and observations from JSON, objects and CSV; the bundled data |
//! | `number` | `chitieu::io::number`: the Vietnamese number reader |
//! | `milestone`, `achievement`, `progress`, `projection`, `rollup`, `reporting`, `bulk`, `workload` | the rooms of `chitieu::calc` of the same names |
//! | `register` | the register of units and the merged unit: `unitsOn`, `unitAt`, `successors`, `predecessors`, `mergedView`, `combine`, `carryForward` (cargo feature `register`, on by default) |
//! | `method`, `yearly_rate`, `cumulative`, `rank` | `chitieu::calc::method` (a unit's kind, its method, the method in words) and the rooms that judge a yearly rate, a cumulative change and a rank |
//! | `scorecard` | `chitieu::scorecard` |
//! | `extract` | `chitieu::extract`: a draft plan from a document's text |
//! | `memory` | the module's linear memory (WebAssembly only) |
//!
//! To bind a new core function, add it to the file of its core module and declare any new data shape in
//! `types.d.ts` (`make -C bindings-wasm check-types` compares the declarations with the core's
//! `records.schema.json`).
//!
//! Gated to wasm targets so that `cargo test --workspace` on the host never builds it.
#![cfg(target_family = "wasm")]
#![forbid(unsafe_code)]

mod achievement;
mod bulk;
mod bundled;
mod cumulative;
mod error;
mod extract;
mod memory;
mod method;
mod milestone;
mod number;
mod observations;
mod plan;
mod progress;
mod projection;
mod rank;
#[cfg(feature = "register")]
mod register;
mod reporting;
mod rollup;
mod scorecard;
mod support;
mod workload;
mod yearly_rate;

use wasm_bindgen::prelude::wasm_bindgen;

/// The shapes of the data passed in and out, in the core's canonical JSON form.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");
