//! WebAssembly bindings of chitieu. Gated to wasm targets so that `cargo test --workspace` on the host
//! never builds them.
#![cfg(target_family = "wasm")]
#![forbid(unsafe_code)]
