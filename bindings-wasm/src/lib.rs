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
//! | `plan`, `observations` | `chitieu::model` and `chitieu::io`: plans and observations from JSON, objects and CSV |
//! | `bundled` | `chitieu::bundled`: the seed plans, the national documents and the example observations (cargo feature `bundled`, on by default) |
//! | `number` | `chitieu::io::number`: the Vietnamese number reader (cargo feature `scalar`) |
//! | `milestone` | `MilestonePath`, a path through a baseline and target years (`chitieu::calc::milestone`) |
//! | `milestone_once`, `achievement`, `progress`, `projection`, `rollup`, `reporting` | the one-shot calculations on plain numbers of the rooms of `chitieu::calc` of the same names (cargo feature `scalar`) |
//! | `bulk`, `workload` | `chitieu::calc::bulk` and `chitieu::calc::workload`: columns of every series as typed arrays (cargo feature `bulk`, on by default) |
//! | `bulk_workspace` | `BulkWorkspace`: the same columns kept in the module's memory and read and written through views, nothing copied (cargo feature `bulk`) |
//! | `register` | the register of units and the merged unit: `unitsOn`, `unitAt`, `successors`, `predecessors`, `mergedView`, `combine`, `carryForward` (cargo feature `register`, on by default) |
//! | `method` | `chitieu::calc::method`: a unit's kind, its method, the method in words |
//! | `yearly_rate`, `cumulative`, `rank` | the rooms that judge a yearly rate, a cumulative change and a rank (cargo feature `scalar`) |
//! | `scorecard` | `chitieu::scorecard` |
//! | `extract` | `chitieu::extract`: a draft plan from a document's text |
//! | `catalogue` | the bundled catalogue of indicators and a user's merged over it (`chitieu::bundled::catalogue`, `chitieu::io::catalogue`; cargo feature `bundled`) |
//! | `alignment` | `chitieu::alignment`: a plan against another |
//! | `memory` | the module's linear memory (WebAssembly only) |
//!
//! To bind a new core function, add it to the file of its core module and declare any new data shape in
//! `types.d.ts` (`make -C bindings-wasm check-types` compares the declarations with the core's
//! `records.schema.json`).
//!
//! Cargo features choose what a build exports (`calc`, `scalar`, `bundled`, `reader`, `register`, `bulk`; all
//! by default): the Makefile builds the dashboard module (plans, observations, scorecards, milestone paths,
//! alignments, labels) without the one-shot calculations, the bundled data, the bulk columns and the reader;
//! the one-shot calculations alone; the reader alone (and with PDF); the bulk columns alone; and everything in
//! one. The package ships the bundled data as JSON files for the dashboard module (`chitieu/bundled`).
//! `error`, `support` and `memory` are in every build.
//!
//! Gated to wasm targets so that `cargo test --workspace` on the host never builds it.
#![cfg(target_family = "wasm")]
#![forbid(unsafe_code)]

#[cfg(feature = "scalar")]
mod achievement;
#[cfg(feature = "calc")]
mod alignment;
#[cfg(feature = "bulk")]
mod bulk;
#[cfg(feature = "bulk")]
mod bulk_workspace;
#[cfg(feature = "bundled")]
mod bundled;
#[cfg(feature = "bundled")]
mod catalogue;
#[cfg(feature = "scalar")]
mod cumulative;
mod error;
// The plan reader: left out of a module built without the `reader` feature (a dashboard that only scores).
#[cfg(feature = "reader")]
mod extract;
#[cfg(feature = "calc")]
mod label;
mod memory;
#[cfg(feature = "calc")]
mod method;
// `MilestonePath`: in the dashboard module and in the one-shot calculations' (whose `milestones` build one).
#[cfg(any(feature = "calc", feature = "scalar"))]
mod milestone;
#[cfg(feature = "scalar")]
mod milestone_once;
#[cfg(feature = "scalar")]
mod number;
#[cfg(feature = "calc")]
mod observations;
#[cfg(feature = "calc")]
mod plan;
#[cfg(feature = "scalar")]
mod progress;
#[cfg(feature = "scalar")]
mod projection;
#[cfg(feature = "scalar")]
mod rank;
#[cfg(feature = "register")]
mod register;
#[cfg(feature = "scalar")]
mod reporting;
#[cfg(feature = "scalar")]
mod rollup;
#[cfg(feature = "calc")]
mod scorecard;
#[cfg(feature = "bulk")]
mod workload;
#[cfg(feature = "scalar")]
mod yearly_rate;
// A build of some features uses some of the shared conversions (the reader alone a few, the dashboard module
// not the typed-array columns of `bulk`); the default build, with every feature, checks that each is used.
#[cfg_attr(not(all(feature = "calc", feature = "scalar", feature = "bulk", feature = "reader")), allow(dead_code))]
mod support;

use wasm_bindgen::prelude::wasm_bindgen;

/// The shapes of the data passed in and out, in the core's canonical JSON form.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");
