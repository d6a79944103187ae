// Declarations of `chitieu/core`, the dashboard's entry point: the module without the plan reader.
// wasm-bindgen's own web declarations also describe the raw WebAssembly exports with `any`; this entry
// point does not expose them.
export * from "./chitieu_core.js";

/** Where the WebAssembly module comes from. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Loads and instantiates the module; by default from `chitieu_core_bg.wasm` next to this file. */
export default function init(options?: { module_or_path: InitInput | Promise<InitInput> }): Promise<void>;

/** Instantiates the module from bytes or a compiled `WebAssembly.Module`, synchronously. */
export function initSync(options: { module: BufferSource | WebAssembly.Module }): void;
