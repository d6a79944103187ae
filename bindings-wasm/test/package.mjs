// The built package, loaded the way a Node app loads it: through pkg/package.json's `exports`.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** @type {typeof import("../pkg/node/chitieu.js")} */
export const chitieu = require("../pkg");

/** The built package's folder. */
export const pkg = new URL("../pkg/", import.meta.url);
/** The package's manifest (pkg/package.json). */
export const manifest = JSON.parse(readFileSync(new URL("package.json", pkg), "utf8"));

/** An ES entry point (`core`, `reader`, `pdf`), loaded through the manifest's `exports` and instantiated
 * from the bytes of its module (`wasm`, as the manifest exports it), as a Node app does it (`init` would
 * fetch the module, which Node cannot do from a file). */
export async function entry(name, wasm) {
  const target = manifest.exports[`./${name}`];
  const module = await import(new URL(target.default, pkg).href);
  module.initSync({ module: readFileSync(new URL(manifest.exports[`./${wasm}`], pkg)) });
  return module;
}
