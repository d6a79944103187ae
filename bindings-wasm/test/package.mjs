// The built package, loaded the way a Node app loads it: through pkg/package.json's `exports`.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** @type {typeof import("../pkg/node/chitieu.js")} */
export const chitieu = require("../pkg");
