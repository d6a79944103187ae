// The plan reader's entry point (ES module, `chitieu/reader`): `extractPlan` and `agreement` in a module of
// their own, so that a page loads them only when a plan's text is first read (`await import(...)`). Its
// drafts are plain objects: `Plan.fromObject(draft.plan)` of `chitieu/core` checks and loads one.
import wasmInit, { initSync as wasmInitSync } from "./chitieu_reader.js";

export * from "./chitieu_reader.js";

/** Loads and instantiates the module; by default from `chitieu_reader_bg.wasm` next to this file. */
export default async function init(options) {
  await wasmInit(options);
}

/** Instantiates the module from bytes or a compiled `WebAssembly.Module`, synchronously. */
export function initSync(options) {
  wasmInitSync(options);
}
