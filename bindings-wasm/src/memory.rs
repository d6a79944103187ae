//! The module's linear memory, so that callers (and the memory tests) can see it stays bounded.

use wasm_bindgen::prelude::*;

/// Bytes of WebAssembly memory the module holds (it grows on demand and never shrinks).
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size::<0>() as f64) * 65536.0
}
