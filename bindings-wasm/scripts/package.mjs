// Lays out pkg/ after wasm-bindgen: the package.json from its template, a package.json in each entry
// folder saying which module system it uses, and the README.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(here, "pkg");
const cargo = readFileSync(join(here, "..", "Cargo.toml"), "utf8");
const version = /\[workspace\.package\][^[]*?version\s*=\s*"([^"]+)"/s.exec(cargo)?.[1] ?? "0.0.0";

const manifest = JSON.parse(readFileSync(join(here, "package.template.json"), "utf8"));
manifest.version = version;
writeFileSync(join(pkg, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
writeFileSync(join(pkg, "web", "package.json"), JSON.stringify({ type: "module" }) + "\n");
writeFileSync(join(pkg, "node", "package.json"), JSON.stringify({ type: "commonjs" }) + "\n");
copyFileSync(join(here, "README.md"), join(pkg, "README.md"));
// The browser entry point wraps the generated module (see entry/web.d.ts); the generated web declarations,
// which type the raw WebAssembly exports with `any`, are replaced by the entry point's.
copyFileSync(join(here, "entry", "web.js"), join(pkg, "web", "index.js"));
copyFileSync(join(here, "entry", "web.d.ts"), join(pkg, "web", "index.d.ts"));
rmSync(join(pkg, "web", "chitieu.d.ts"));
// Declarations of the raw WebAssembly exports (pointers and `any`): internal, not shipped.
for (const dir of ["web", "node"]) rmSync(join(pkg, dir, "chitieu_bg.wasm.d.ts"), { force: true });
// wasm-bindgen writes a .gitignore of "*" into each output folder; npm would then pack nothing.
for (const dir of ["web", "node"]) rmSync(join(pkg, dir, ".gitignore"), { force: true });
console.log(`pkg/: chitieu ${version}`);
