//! WebAssembly bindings of chitieu: the core's functions under their JavaScript names (`camelCase`), data
//! as plain objects in the core's canonical JSON shape (`snake_case` fields), errors as `ChitieuError`
//! objects with the core's stable `code`.
//!
//! One module per core module, each a thin layer: convert the inputs, call the core once, convert back.
//! To bind a new core function, add it to the module of the same name (or a new one listed here) and
//! declare any new data shape in `types.d.ts`.
//!
//! Gated to wasm targets so that `cargo test --workspace` on the host never builds it.
#![cfg(target_family = "wasm")]
#![forbid(unsafe_code)]

mod achievement;
mod bulk;
mod convert;
mod error;
mod extract;
mod memory;
mod milestone;
mod number;
mod observation;
mod plan;
mod progress;
mod projection;
mod reporting;
mod rollup;
mod scorecard;
mod workload;

use wasm_bindgen::prelude::wasm_bindgen;

/// The shapes of the data passed in and out, in the core's canonical JSON form.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");
