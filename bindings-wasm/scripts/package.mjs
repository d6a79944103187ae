// Lays out pkg/ after wasm-bindgen (see the Makefile's "Modules"): the package.json from its template, a
// package.json in each entry folder saying which module system it uses, the browser entry points, the bundled
// data as JSON files with their entry point (`chitieu/bundled`, for the dashboard module, which leaves the data
// out) and the README.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(here, "pkg");
const cargo = readFileSync(join(here, "..", "Cargo.toml"), "utf8");
const version = /\[workspace\.package\][^[]*?version\s*=\s*"([^"]+)"/s.exec(cargo)?.[1] ?? "0.0.0";

/** The browser entry points (ES modules), each wrapping the generated module of its name with an `init` that
 * resolves to nothing: file in pkg/web/, module, what it is (the first line of its comments). Their
 * JavaScript and declarations are entry/entry.js and entry/entry.d.ts with the module and the words put in. */
const ENTRIES = [
  ["index", "chitieu", "`chitieu`, the browser's entry point: everything in one module, the same API as Node's (the same generated declarations). Call `init` once, before anything else."],
  ["core", "chitieu_core", "`chitieu/core`, the dashboard's entry point: plans, observations, scorecards, milestone paths, alignments and labels, without the one-shot calculations, the plan reader, the bulk columns and the bundled data. Call `init` once, before anything else. The one-shot calculations on plain numbers are `chitieu/scalar` and the reader `chitieu/reader`, modules of their own, loaded when first needed; the bundled plans and observations are JSON files read by `chitieu/bundled`."],
  ["scalar", "chitieu_scalar", "`chitieu/scalar`, the one-shot calculations' entry point: `interpolate`, `milestones`, `timeDistance`, `MilestonePath`, `project`, `growthRatio`, `requiredPace`, `score`, `attained`, `achievement`, `yearlyRate`, `cumulativeChange`, `rankProgress`, `ratioOfSums`, `weightedMean`, `tierCheck`, `dueDates`, `nextDue` and the number readers (`parseNumber`, `parsePercent`, `parseAmount`) on plain numbers and objects, in a module of their own, for a page to load when it computes on numbers of its own (the dashboard module's scorecards compute the same). Call `init` once, before anything else."],
  ["reader", "chitieu_reader", "`chitieu/reader`, the plan reader's entry point: `extractPlan` and `agreement` in a module of their own (text, Word and web pages), so that a page loads them only when a plan is first read (`await import(...)`). Its drafts are plain objects: `Plan.fromObject(draft.plan)` of `chitieu/core` checks and loads one."],
  ["pdf", "chitieu_pdf", "`chitieu/pdf`, the plan reader with the PDF reader: the API of `chitieu/reader` (`extractPlan` also reads a PDF's text layer) in a larger module of its own (the PDF reader is most of it), for a page to load only when a PDF is given."],
  ["bulk", "chitieu_bulk", "`chitieu/bulk`, the bulk columns' entry point: `evaluateBulk`, `BulkWorkspace` (the same in the module's memory, nothing copied), `rollupRatioOfSums` and `nationalWorkload`, every series of a national view as typed arrays in and out, in a module of their own, built for speed (the dashboard module leaves them out). Call `init` once, before anything else."],
];

/** Writes pkg/web/`file`.js and .d.ts from entry/`template`.js and .d.ts, each `@WORD@` of `words` put in. */
function fromTemplate(template, file, words) {
  for (const ext of ["js", "d.ts"]) {
    let text = readFileSync(join(here, "entry", `${template}.${ext}`), "utf8");
    for (const [word, value] of Object.entries(words)) text = text.replaceAll(`@${word}@`, value);
    writeFileSync(join(pkg, "web", `${file}.${ext}`), text);
  }
}

/** `text` as `//` comment lines of at most 110 characters. */
function comment(text) {
  const lines = [""];
  for (const word of text.split(" ")) {
    const last = lines.length - 1;
    if (lines[last] && lines[last].length + word.length + 1 > 107) lines.push(word);
    else lines[last] = lines[last] ? `${lines[last]} ${word}` : word;
  }
  return lines.join("\n// ");
}

const manifest = JSON.parse(readFileSync(join(here, "package.template.json"), "utf8"));
manifest.version = version;
writeFileSync(join(pkg, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
writeFileSync(join(pkg, "web", "package.json"), JSON.stringify({ type: "module" }) + "\n");
writeFileSync(join(pkg, "node", "package.json"), JSON.stringify({ type: "commonjs" }) + "\n");
copyFileSync(join(here, "README.md"), join(pkg, "README.md"));
// The module's declarations are already wasm-bindgen's Node ones (see the Makefile).
for (const [file, module, about] of ENTRIES) {
  if (!existsSync(join(pkg, "web", `${module}_bg.wasm`))) throw new Error(`pkg/web/${module}_bg.wasm was not built`);
  fromTemplate("entry", file, { MODULE: module, ABOUT: comment(about) });
  // Declarations of the raw WebAssembly exports (pointers and `any`): internal, not shipped.
  rmSync(join(pkg, "web", `${module}_bg.wasm.d.ts`), { force: true });
}
rmSync(join(pkg, "node", "chitieu_bg.wasm.d.ts"), { force: true });

// `chitieu/bundled`: the full module's bundled data, each document as the JSON the module itself writes for it
// (compact), so that the dashboard module reads exactly what the full module holds.
const full = createRequire(import.meta.url)(join(pkg, "node", "chitieu.js"));
const [plans, nationalPlans] = [full.listPlans(), full.listNationalPlans()];
const data = join(pkg, "web", "data");
mkdirSync(join(data, "plans"), { recursive: true });
const compact = (json) => JSON.stringify(JSON.parse(json));
for (const id of [...plans, ...nationalPlans]) {
  const plan = full.loadPlan(id);
  writeFileSync(join(data, "plans", `${id}.json`), compact(plan.toJson()));
  plan.free();
}
const observations = full.bundledObservations();
writeFileSync(join(data, "observations.json"), compact(observations.toJson()));
observations.free();
writeFileSync(join(data, "catalogue.json"), JSON.stringify(full.catalogue()));
fromTemplate("bundled", "bundled", {
  PLANS: JSON.stringify(plans),
  NATIONAL_PLANS: JSON.stringify(nationalPlans),
  DEFAULT_PLAN: plans[0],
});
// wasm-bindgen writes a .gitignore of "*" into each output folder; npm would then pack nothing.
for (const dir of ["web", "node"]) rmSync(join(pkg, dir, ".gitignore"), { force: true });
console.log(`pkg/: chitieu ${version}; browser entry points ${[...ENTRIES.map(([f]) => f), "bundled"].map((f) => `web/${f}.js`).join(", ")}; ${plans.length + nationalPlans.length} bundled plans in web/data/`);
