// The browser entry point (ES module): everything wasm-bindgen generated for `--target web`, with an
// `init` that loads the module (call it once, before anything else) and resolves to nothing.
import wasmInit, { initSync as wasmInitSync } from "./chitieu.js";

export * from "./chitieu.js";

/** Loads and instantiates the WebAssembly module; by default from `chitieu_bg.wasm` next to this file. */
export default async function init(options) {
  await wasmInit(options);
}

/** Instantiates the module from bytes or a compiled `WebAssembly.Module`, synchronously. */
export function initSync(options) {
  wasmInitSync(options);
}
