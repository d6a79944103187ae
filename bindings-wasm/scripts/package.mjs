// Lays out pkg/ after wasm-bindgen (see the Makefile's "Modules"): the package.json from its template, a
// package.json in each entry folder saying which module system it uses, the browser entry points and the
// README.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(here, "pkg");
const cargo = readFileSync(join(here, "..", "Cargo.toml"), "utf8");
const version = /\[workspace\.package\][^[]*?version\s*=\s*"([^"]+)"/s.exec(cargo)?.[1] ?? "0.0.0";

/** The browser entry points: file in pkg/web/ ← wrapper in entry/ (each wraps the module of its name). */
const ENTRIES = [
  ["index", "web", "chitieu"], // `chitieu`: everything in one module
  ["core", "core", "chitieu_core"], // `chitieu/core`: the dashboard, without the reader
  ["reader", "reader", "chitieu_reader"], // `chitieu/reader`: the plan reader alone
];

const manifest = JSON.parse(readFileSync(join(here, "package.template.json"), "utf8"));
manifest.version = version;
writeFileSync(join(pkg, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
writeFileSync(join(pkg, "web", "package.json"), JSON.stringify({ type: "module" }) + "\n");
writeFileSync(join(pkg, "node", "package.json"), JSON.stringify({ type: "commonjs" }) + "\n");
copyFileSync(join(here, "README.md"), join(pkg, "README.md"));
// Each browser entry point wraps its generated module with an `init` that resolves to nothing (see
// entry/web.d.ts); the module's declarations are already wasm-bindgen's Node ones (see the Makefile).
for (const [file, wrapper, module] of ENTRIES) {
  if (!existsSync(join(pkg, "web", `${module}_bg.wasm`))) throw new Error(`pkg/web/${module}_bg.wasm was not built`);
  copyFileSync(join(here, "entry", `${wrapper}.js`), join(pkg, "web", `${file}.js`));
  copyFileSync(join(here, "entry", `${wrapper}.d.ts`), join(pkg, "web", `${file}.d.ts`));
  // Declarations of the raw WebAssembly exports (pointers and `any`): internal, not shipped.
  rmSync(join(pkg, "web", `${module}_bg.wasm.d.ts`), { force: true });
}
rmSync(join(pkg, "node", "chitieu_bg.wasm.d.ts"), { force: true });
// wasm-bindgen writes a .gitignore of "*" into each output folder; npm would then pack nothing.
for (const dir of ["web", "node"]) rmSync(join(pkg, dir, ".gitignore"), { force: true });
console.log(`pkg/: chitieu ${version}; browser entry points ${ENTRIES.map(([f]) => `web/${f}.js`).join(", ")}`);
