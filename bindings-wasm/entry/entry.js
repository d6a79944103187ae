// @ABOUT@
import wasmInit, { initSync as wasmInitSync } from "./@MODULE@.js";

export * from "./@MODULE@.js";

/** Loads and instantiates the module; by default from `@MODULE@_bg.wasm` next to this file. */
export default async function init(options) {
  await wasmInit(options);
}

/** Instantiates the module from bytes or a compiled `WebAssembly.Module`, synchronously. */
export function initSync(options) {
  wasmInitSync(options);
}
