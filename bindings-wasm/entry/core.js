// The dashboard's entry point (ES module): the WebAssembly module without the plan reader (`chitieu/core`):
// plans, observations, the bundled data, every calculation and scorecards. Call `init` once, before anything
// else. The reader is `chitieu/reader`, a module of its own, loaded when first needed.
import wasmInit, { initSync as wasmInitSync } from "./chitieu_core.js";

export * from "./chitieu_core.js";

/** Loads and instantiates the module; by default from `chitieu_core_bg.wasm` next to this file. */
export default async function init(options) {
  await wasmInit(options);
}

/** Instantiates the module from bytes or a compiled `WebAssembly.Module`, synchronously. */
export function initSync(options) {
  wasmInitSync(options);
}
