// Declarations of an entry point of the package:
// @ABOUT@
// wasm-bindgen's own web declarations also describe the raw WebAssembly exports with `any`; this entry
// point does not expose them.
export * from "./@MODULE@.js";

/** Where the WebAssembly module comes from. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Loads and instantiates the module; by default from `@MODULE@_bg.wasm` next to this file. */
export default function init(options?: { module_or_path: InitInput | Promise<InitInput> }): Promise<void>;

/** Instantiates the module from bytes or a compiled `WebAssembly.Module`, synchronously. */
export function initSync(options: { module: BufferSource | WebAssembly.Module }): void;
