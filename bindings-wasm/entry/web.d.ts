// Declarations of the browser entry point (`chitieu`, everything in one module): the same API as the Node
// entry point (the same generated declarations), plus `init`. wasm-bindgen's own web declarations also
// describe the raw WebAssembly exports with `any`; this entry point does not expose them.
export * from "./chitieu.js";

/** Where the WebAssembly module comes from. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Loads and instantiates the WebAssembly module; by default from `chitieu_bg.wasm` next to this file. */
export default function init(options?: { module_or_path: InitInput | Promise<InitInput> }): Promise<void>;

/** Instantiates the module from bytes or a compiled `WebAssembly.Module`, synchronously. */
export function initSync(options: { module: BufferSource | WebAssembly.Module }): void;
