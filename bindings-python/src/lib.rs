//! Python bindings of chitieu. Built with maturin; gated off wasm targets so that
//! `cargo test --workspace` never needs a browser and the wasm build never needs libpython.
#![cfg(not(target_family = "wasm"))]
#![forbid(unsafe_code)]
